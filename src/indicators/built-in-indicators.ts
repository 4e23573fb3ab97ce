/** The indicators the library ships, as data. */
import type { IndicatorDefinition } from "./indicator-definition.js";

/**
 * Built-in indicators, as data (copy and change them freely): retention in OAT at 6 and 12 months
 * (permissible gap 7 days, as NQF 3175), PDC of 80% or more, follow-up within 7 and 30 days after an
 * emergency visit or a discharge, initiation within 14 days of a new episode and engagement within 34
 * days after it (a 60-day look-back makes an episode new, the HEDIS IET value before 2022; choose
 * and state yours), the share of OAT patients with take-home doses, the share of
 * contacts by telemedicine or telephone, and the share of assessed facilities accredited. Titles in
 * English and Russian; ids are ours.
 *
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS } from "treatment-quality";
 *
 * BUILT_IN_INDICATORS.map((indicator) => indicator.id);
 * // => ["oat-retention-6m", "oat-retention-12m", "oat-pdc-80", "follow-up-7d", "follow-up-30d", "initiation-14d", "engagement-34d", "oat-take-home", "remote-contacts", "facilities-accredited"]
 * ```
 */
export const BUILT_IN_INDICATORS: readonly IndicatorDefinition[] = [
  { id: "oat-retention-6m", title: { en: "Retained in OAT 6 months after entry", ru: "Удержание в ОЗТ через 6 месяцев после начала" }, measure: { kind: "retention", months: 6, maximumGapDays: 7 } },
  { id: "oat-retention-12m", title: { en: "Retained in OAT 12 months after entry", ru: "Удержание в ОЗТ через 12 месяцев после начала" }, measure: { kind: "retention", months: 12, maximumGapDays: 7 } },
  { id: "oat-pdc-80", title: { en: "OAT patients with a proportion of days covered of 80% or more", ru: "Пациенты ОЗТ с долей обеспеченных дней 80% и более" }, measure: { kind: "pdc-at-least", threshold: 0.8 } },
  { id: "follow-up-7d", title: { en: "Follow-up within 7 days after an emergency visit or a discharge", ru: "Наблюдение в течение 7 дней после неотложного обращения или выписки" }, measure: { kind: "follow-up", withinDays: 7 } },
  { id: "follow-up-30d", title: { en: "Follow-up within 30 days after an emergency visit or a discharge", ru: "Наблюдение в течение 30 дней после неотложного обращения или выписки" }, measure: { kind: "follow-up", withinDays: 30 } },
  { id: "initiation-14d", title: { en: "New treatment episodes initiated within 14 days", ru: "Новые эпизоды лечения, начатые в течение 14 дней" }, measure: { kind: "initiation", lookBackDays: 60 } },
  { id: "engagement-34d", title: { en: "New treatment episodes initiated and engaged within 34 days after initiation", ru: "Новые эпизоды лечения с вовлечением в течение 34 дней после начала" }, measure: { kind: "engagement", lookBackDays: 60 } },
  { id: "oat-take-home", title: { en: "OAT patients receiving take-home doses", ru: "Пациенты ОЗТ, получающие препарат на дом" }, measure: { kind: "take-home" } },
  { id: "remote-contacts", title: { en: "Contacts by telemedicine or telephone", ru: "Контакты по телемедицине или телефону" }, measure: { kind: "remote-contacts" } },
  { id: "facilities-accredited", title: { en: "Assessed facilities accredited", ru: "Аккредитованные учреждения среди оцененных" }, measure: { kind: "accredited", outcomes: ["accredited"] } },
];
