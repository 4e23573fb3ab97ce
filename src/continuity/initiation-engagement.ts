/** Initiation and engagement of treatment after a new episode (HEDIS IET style). */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { dateOption, periodOption } from "../_lib/period-option.js";
import { parseIsoDate, type IsoDate, type Period } from "../days/index.js";
import { contactReader, contactTypesOption, type CheckedContact } from "./contacts.js";
import { FOLLOW_UP_TYPES, type FollowUpContact } from "./follow-up.js";
import { patientIdOf, type PatientRecord } from "./patient-events.js";

/**
 * What initiation reads from a treatment episode (a `TreatmentEpisode` record fits).
 *
 * @example
 * ```ts
 * import type { EpisodeAdmission } from "treatment-quality";
 *
 * const episode: EpisodeAdmission = { id: "E-1", patientId: "P-0001", admissionDate: "2020-04-01", modality: "outpatient" };
 * ```
 */
export interface EpisodeAdmission {
  readonly id: string;
  readonly patientId: string;
  readonly admissionDate: IsoDate;
  readonly modality?: string | undefined;
}

/**
 * Options of {@link computeInitiationAndEngagement}.
 *
 * @example
 * ```ts
 * import type { InitiationOptions } from "treatment-quality";
 *
 * const iet: InitiationOptions = { lookBackDays: 60, period: { start: "2020-01-01", end: "2020-11-14" }, dataEnd: "2020-12-31" };
 * ```
 */
export interface InitiationOptions {
  /** An episode is new when the patient had no other episode start and no treatment contact in this many days before it (HEDIS has used 60 and longer look-backs: choose and state yours). */
  readonly lookBackDays: number;
  /** New episodes admitted in this period, both ends included (default: all). */
  readonly period?: Period;
  /** Initiation: treatment on the episode day or in the days after it, this many days in all (default 14). */
  readonly initiationDays?: number;
  /** Engagement: at least `engagementContacts` more treatment contacts within this many days after initiation (default 34). */
  readonly engagementDays?: number;
  /** Default 2. */
  readonly engagementContacts?: number;
  /** Contact types that count as treatment (default: those of {@link computeFollowUp}'s follow-up). */
  readonly treatmentTypes?: readonly string[];
  /** Episodes of these modalities are their own initiation (default: short-term inpatient and long-term residential). */
  readonly initiatingModalities?: readonly string[];
  /** The last day of data: a window that runs past it without the contacts yet is unknown (null). */
  readonly dataEnd?: IsoDate;
}

/**
 * One new episode: whether treatment was initiated and engaged, and by which contacts.
 *
 * @example
 * ```ts
 * import type { InitiationRow } from "treatment-quality";
 *
 * const row: InitiationRow = { patientId: "P1", episodeId: "E-1", episodeDate: "2020-04-01", initiated: true, initiationDate: "2020-04-03", initiationContactIndex: 4, engaged: false, engagementContactIndexes: [7], issues: [] };
 * ```
 */
export interface InitiationRow {
  readonly patientId: string;
  readonly episodeId: string | null;
  readonly episodeDate: IsoDate | null;
  /** null when the window runs past the data end without treatment yet. */
  readonly initiated: boolean | null;
  readonly initiationDate: IsoDate | null;
  /** The initiating contact's position in `contacts`; null when the episode initiated itself (inpatient or residential). */
  readonly initiationContactIndex: number | null;
  readonly engaged: boolean | null;
  /** The treatment contacts after initiation within the engagement window (positions in `contacts`). */
  readonly engagementContactIndexes: readonly number[];
  readonly issues: readonly Issue[];
}

interface CheckedEpisode {
  readonly index: number;
  readonly id: string;
  readonly day: number;
  readonly date: IsoDate;
  readonly modality: string | undefined;
}

function checkEpisode(episode: PatientRecord, index: number, issues: Issue[]): CheckedEpisode | undefined {
  const { id, admissionDate, modality } = episode;
  const path = ["episodes", index];
  const before = issues.length;
  const date = parseIsoDate(admissionDate, [...path, "admissionDate"]);
  if (!date.ok) issues.push(...date.issues);
  if (typeof id !== "string" || id.length === 0) issues.push(issue(id === undefined ? "missing" : "invalid_type", [...path, "id"], `Episode ${index}: id must be a non-empty string; got ${describeValue(id)}.`));
  if (modality !== undefined && typeof modality !== "string") issues.push(issue("invalid_type", [...path, "modality"], `Episode ${index}: modality must be a string; got ${describeValue(modality)}.`));
  if (issues.length > before || !date.ok) return undefined;
  return { index, id: id as string, day: date.value, date: admissionDate as IsoDate, modality: modality as string | undefined };
}

function wholeDays(name: string, value: number | undefined, fallback: number, minimum: number): number {
  const days = value ?? fallback;
  if (!Number.isInteger(days) || days < minimum) throw new Error(`${name} must be a whole number, at least ${minimum}; got ${String(value)}.`);
  return days;
}

/**
 * Initiation and engagement of treatment after new episodes, HEDIS IET style: an episode is new when
 * the patient had no other episode start and no treatment contact in the `lookBackDays` before it;
 * treatment is **initiated** by a treatment contact on the episode day or in the following days
 * (`initiationDays`, 14 in all), or by the episode itself when it is inpatient or residential care;
 * it is **engaged** when at least `engagementContacts` (2) more treatment contacts follow within
 * `engagementDays` (34) after initiation. Windows that run past `dataEnd` without the contacts yet
 * are unknown (null). One row per new episode, patients in order of first appearance and each
 * patient's episodes in input order; a patient with an invalid episode or
 * contact gets one row with its issues (paths `episodes.<i>...`, `contacts.<i>...`); episodes or
 * contacts without a patient are reported in a last row with `patientId: ""`.
 *
 * @param episodes - treatment episodes
 * @param contacts - contacts
 * @param options - see {@link InitiationOptions}
 * @returns one row per new episode
 *
 * @example
 * ```ts
 * import { computeInitiationAndEngagement } from "treatment-quality";
 *
 * const episodes = [{ id: "E1", patientId: "P1", admissionDate: "2020-04-01", modality: "outpatient" }];
 * const contacts = [
 *   { patientId: "P1", date: "2020-04-08", contactType: "in-person-visit" }, // day 7: initiation
 *   { patientId: "P1", date: "2020-04-22", contactType: "telemedicine" },
 *   { patientId: "P1", date: "2020-05-06", contactType: "in-person-visit" }, // 28 days after initiation: engaged
 * ];
 * const [row] = computeInitiationAndEngagement(episodes, contacts, { lookBackDays: 60 });
 * [row?.initiationDate, row?.engaged]; // => ["2020-04-08", true]
 * ```
 */
export function computeInitiationAndEngagement(episodes: readonly EpisodeAdmission[], contacts: readonly FollowUpContact[], options: InitiationOptions): InitiationRow[] {
  const lookBack = wholeDays("lookBackDays", options.lookBackDays, Number.NaN, 0);
  const initiationDays = wholeDays("initiationDays", options.initiationDays, 14, 1);
  const engagementDays = wholeDays("engagementDays", options.engagementDays, 34, 0);
  const needed = wholeDays("engagementContacts", options.engagementContacts, 2, 1);
  const period = options.period === undefined ? undefined : periodOption("period", options.period);
  const dataEnd = options.dataEnd === undefined ? Infinity : dateOption("dataEnd", options.dataEnd);
  const treatment = contactTypesOption("treatmentTypes", options.treatmentTypes, FOLLOW_UP_TYPES);
  const initiating = contactTypesOption("initiatingModalities", options.initiatingModalities, ["short-term-inpatient", "long-term-residential"]);

  // Both inputs by patient; a bad record makes its patient's rows null.
  const patients = new Map<string, { episodes: CheckedEpisode[]; contacts: CheckedContact[]; issues: Issue[] }>();
  const unassigned: Issue[] = [];
  const patientOf = (record: unknown, [input, index]: [string, number], noun: string) => {
    const patientId = patientIdOf(record, index, unassigned, noun, [input]);
    if (patientId === undefined) return undefined;
    let patient = patients.get(patientId);
    if (patient === undefined) patients.set(patientId, (patient = { episodes: [], contacts: [], issues: [] }));
    return patient;
  };
  episodes.forEach((episode, index) => {
    const patient = patientOf(episode, ["episodes", index], "Episode");
    const checked = patient && checkEpisode(episode as unknown as PatientRecord, index, patient.issues);
    if (checked !== undefined) patient!.episodes.push(checked);
  });
  const readContact = contactReader(false).check;
  contacts.forEach((contact, index) => {
    const patient = patientOf(contact, ["contacts", index], "Contact");
    if (patient === undefined) return;
    const found: Issue[] = [];
    const checked = readContact(contact as unknown as PatientRecord, index, found);
    patient.issues.push(...found.map((each) => ({ ...each, path: ["contacts", ...each.path] })));
    if (checked !== undefined) patient.contacts.push(checked);
  });

  const rows: InitiationRow[] = [];
  const empty = (patientId: string, issues: readonly Issue[]): InitiationRow => ({ patientId, episodeId: null, episodeDate: null, initiated: null, initiationDate: null, initiationContactIndex: null, engaged: null, engagementContactIndexes: [], issues });
  for (const [patientId, patient] of patients) {
    if (patient.issues.length > 0) {
      rows.push(empty(patientId, patient.issues));
      continue;
    }
    // Treatment contacts in date order (a stable sort: same-day contacts in input order); those after the data end are not part of the data.
    const care = patient.contacts.filter((contact) => treatment.has(contact.contactType) && contact.day <= dataEnd).sort((a, b) => a.day - b.day);
    for (const episode of patient.episodes) {
      if (period !== undefined && (episode.day < period.start || episode.day > period.end)) continue;
      const since = episode.day - lookBack;
      // Another episode started in the look-back, or earlier the same day (input order), or treatment was seen in it.
      const startedBefore = (other: CheckedEpisode) => other.day >= since && (other.day < episode.day || (other.day === episode.day && other.index < episode.index));
      const seenBefore = patient.episodes.some(startedBefore) || care.some((contact) => contact.day >= since && contact.day < episode.day);
      if (seenBefore) continue;
      const selfInitiated = initiating.has(episode.modality);
      const initiator = selfInitiated ? undefined : care.find((contact) => contact.day >= episode.day && contact.day < episode.day + initiationDays);
      const initiationDay = selfInitiated ? episode.day : initiator?.day;
      if (initiationDay === undefined) {
        const open = episode.day + initiationDays - 1 > dataEnd;
        rows.push({ patientId, episodeId: episode.id, episodeDate: episode.date, initiated: open ? null : false, initiationDate: null, initiationContactIndex: null, engaged: open ? null : false, engagementContactIndexes: [], issues: [] });
        continue;
      }
      const after = care.filter((contact) => contact.day > initiationDay && contact.day <= initiationDay + engagementDays);
      const engaged = after.length >= needed ? true : initiationDay + engagementDays > dataEnd ? null : false;
      rows.push({
        patientId,
        episodeId: episode.id,
        episodeDate: episode.date,
        initiated: true,
        initiationDate: selfInitiated ? episode.date : initiator!.date,
        initiationContactIndex: initiator?.index ?? null,
        engaged,
        engagementContactIndexes: after.map((contact) => contact.index),
        issues: [],
      });
    }
  }
  if (unassigned.length > 0) rows.push(empty("", unassigned));
  return rows;
}
