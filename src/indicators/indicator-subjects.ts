/** The subjects of an indicator's measure, from the engines: where each counts, and in which counts. */
import { acceptedDayNumber } from "../_lib/calendar.js";
import { issue, type Issue } from "../_lib/issue.js";
import type { AssessmentReport } from "../assessment/index.js";
import { computeFollowUp, computeInitiationAndEngagement, computeProportionOfDaysCovered, computeRetention, retentionStatusAt } from "../continuity/index.js";
import { dayNumberToIsoDate, type IsoDate } from "../days/index.js";
import type { IndicatorData, IndicatorMeasure } from "./indicator-definition.js";

/** One subject: where it counts, and whether it is in the denominator and the numerator. */
export interface Subject {
  readonly patientId?: string;
  readonly facilityId?: string | undefined;
  readonly medication?: string | undefined;
  /** The modality, when the subject is an episode. */
  readonly modality?: string | undefined;
  /** The subject's day (entry, index event, contact), where the patient's episode gives the modality. */
  readonly day?: number | undefined;
  readonly inDenominator: boolean;
  readonly inNumerator: boolean;
  /** The subject's value, summed in the cell (the PDC). */
  readonly value?: number;
  readonly time?: { readonly days: number; readonly event: boolean };
}

/** Record problems only (a path into the input); a patient's reason for having no value (empty path) is not one. */
function collect<Row extends { readonly issues: readonly Issue[] }>(rows: readonly Row[], source: string, issues: Issue[]): readonly Row[] {
  for (const row of rows) for (const each of row.issues) if (each.path.length > 0) issues.push(typeof each.path[0] === "number" ? { ...each, path: [source, ...each.path] } : each);
  return rows;
}

/** The subjects of a measure over a period (day numbers, both ends included), computed by the engines. */
export function subjectsOf(measure: IndicatorMeasure, data: IndicatorData, period: { start: number; end: number }, dataEnd: number, issues: Issue[]): Subject[] {
  const events = data.events ?? [];
  const contacts = data.contacts ?? [];
  const periodDates = { start: dayNumberToIsoDate(period.start), end: dayNumberToIsoDate(period.end) };
  /** The record's day inside the period, or undefined (an invalid date is reported). */
  const dayInPeriod = (date: unknown, path: (string | number)[]) => {
    const day = acceptedDayNumber(date);
    if (day === undefined) issues.push(issue("invalid_date", path, `Expected a calendar date (YYYY-MM-DD) from 1900-01-01 to 2199-12-31, got ${JSON.stringify(date)}; the record is left out.`));
    return day !== undefined && day >= period.start && day <= period.end ? day : undefined;
  };
  // The first event of each patient on each day, built on first use (a lookup per row, not a scan).
  let firstEvents: Map<string, (typeof events)[number]> | undefined;
  const entryEvent = (patientId: string, date: IsoDate | null) => {
    if (firstEvents === undefined) {
      firstEvents = new Map();
      for (const event of events) {
        const key = `${String(event?.patientId)}\u0000${String(event?.date)}`;
        if (!firstEvents.has(key)) firstEvents.set(key, event);
      }
    }
    return firstEvents.get(`${patientId}\u0000${String(date)}`);
  };
  switch (measure.kind) {
    case "retention": {
      const { kind: _kind, months, ...options } = measure;
      const rows = collect(computeRetention(events, { ...options, dataEnd: dayNumberToIsoDate(dataEnd), entryPeriod: periodDates, exits: data.exits ?? [] }), "events", issues);
      return rows.flatMap((row) => {
        const status = retentionStatusAt(row, { months });
        if (status === null) return [];
        const entry = entryEvent(row.patientId, row.entryDate);
        return [{ patientId: row.patientId, facilityId: entry?.facilityId, medication: row.entryMedication ?? undefined, day: acceptedDayNumber(row.entryDate), inDenominator: status !== "censored", inNumerator: status === "retained", time: { days: row.time!, event: row.event === true } }];
      });
    }
    case "pdc-at-least": {
      const { kind: _kind, threshold, ...options } = measure;
      const rows = collect(computeProportionOfDaysCovered(events, { ...options, period: periodDates }), "events", issues);
      return rows.flatMap((row) => {
        if (row.value === null) return [];
        const entry = entryEvent(row.patientId, row.indexDate);
        return [{ patientId: row.patientId, facilityId: entry?.facilityId, medication: entry?.medication, day: acceptedDayNumber(row.indexDate), inDenominator: true, inNumerator: row.value >= threshold, value: row.value }];
      });
    }
    case "follow-up": {
      const { kind: _kind, withinDays, ...options } = measure;
      const rows = collect(computeFollowUp(contacts, { ...options, withinDays: [withinDays], period: periodDates, dataEnd: dayNumberToIsoDate(dataEnd) }), "contacts", issues);
      return rows.flatMap((row) => {
        const met = row.followUps[0]?.met;
        if (row.indexIndex === null || met === null || met === undefined) return [];
        return [{ patientId: row.patientId, facilityId: contacts[row.indexIndex]?.facilityId, day: acceptedDayNumber(row.indexDate), inDenominator: true, inNumerator: met }];
      });
    }
    case "initiation":
    case "engagement": {
      const { kind, ...options } = measure;
      const episodes = data.episodes ?? [];
      const episodeById = new Map<string, (typeof episodes)[number]>();
      for (const each of episodes) if (!episodeById.has(`${each?.patientId}\u0000${each?.id}`)) episodeById.set(`${each?.patientId}\u0000${each?.id}`, each);
      const rows = collect(computeInitiationAndEngagement(episodes, contacts, { ...options, period: periodDates, dataEnd: dayNumberToIsoDate(dataEnd) }), "episodes", issues);
      return rows.flatMap((row) => {
        const met = kind === "initiation" ? row.initiated : row.engaged;
        if (row.episodeId === null || met === null) return [];
        const episode = episodeById.get(`${row.patientId}\u0000${row.episodeId}`);
        return [{ patientId: row.patientId, facilityId: episode?.facilityId, modality: episode?.modality, inDenominator: true, inNumerator: met }];
      });
    }
    case "take-home": {
      // Each patient counts where its first dispensing of the period was (by date, then input order).
      const byPatient = new Map<string, { day: number; facilityId: string | undefined; medication: string | undefined; takeHome: boolean }>();
      events.forEach((event, index) => {
        const day = dayInPeriod(event?.date, ["events", index, "date"]);
        if (day === undefined || event.dispensingMode === undefined || typeof event.patientId !== "string") return;
        const seen = byPatient.get(event.patientId);
        const takeHome = event.dispensingMode === "take-home" || seen?.takeHome === true;
        if (seen === undefined || day < seen.day) byPatient.set(event.patientId, { day, facilityId: event.facilityId, medication: event.medication, takeHome });
        else byPatient.set(event.patientId, { ...seen, takeHome });
      });
      return [...byPatient].map(([patientId, seen]) => ({ patientId, facilityId: seen.facilityId, medication: seen.medication, day: seen.day, inDenominator: true, inNumerator: seen.takeHome }));
    }
    case "remote-contacts": {
      const remote = new Set(measure.contactTypes ?? ["telemedicine", "telephone"]);
      return contacts.flatMap((contact, index) => {
        const day = dayInPeriod(contact?.date, ["contacts", index, "date"]);
        if (day === undefined || contact.contactType === undefined) return [];
        return [{ patientId: contact.patientId, facilityId: contact.facilityId, day, inDenominator: true, inNumerator: remote.has(contact.contactType) }];
      });
    }
    case "accredited": {
      const latest = new Map<string, AssessmentReport>();
      for (const [index, entry] of (data.assessmentReports ?? []).entries()) {
        const { facilityId, report } = entry ?? ({} as Partial<typeof entry>);
        if (dayInPeriod(report?.visitDate, ["assessmentReports", index, "report", "visitDate"]) === undefined || typeof facilityId !== "string" || report === undefined) continue;
        const before = latest.get(facilityId);
        if (before === undefined || before.visitDate <= report.visitDate) latest.set(facilityId, report);
      }
      return [...latest].map(([facilityId, report]) => ({ facilityId, inDenominator: true, inNumerator: report.decision.outcome !== null && measure.outcomes.includes(report.decision.outcome) }));
    }
  }
}

/**
 * The modality of a patient's episode open on a day: admitted on or before it and not discharged
 * before it, at the subject's facility first, the latest admission first, then input order. Episodes
 * with an unusable date are reported once and not used.
 */
export function episodeModalityLookup(data: IndicatorData, issues: Issue[]): (patientId: string | undefined, day: number | undefined, facilityId: string | undefined) => string | undefined {
  const byPatient = new Map<string, { from: number; to: number; facilityId: string | undefined; modality: string | undefined }[]>();
  (data.episodes ?? []).forEach((episode, index) => {
    const from = acceptedDayNumber(episode?.admissionDate);
    const to = episode?.dischargeDate === undefined ? Infinity : acceptedDayNumber(episode.dischargeDate);
    if (from === undefined || to === undefined) {
      const field = from === undefined ? "admissionDate" : "dischargeDate";
      issues.push(issue("invalid_date", ["episodes", index, field], `Expected a calendar date (YYYY-MM-DD) from 1900-01-01 to 2199-12-31, got ${JSON.stringify(episode?.[field])}; the episode gives no modality.`));
      return;
    }
    const list = byPatient.get(episode.patientId) ?? [];
    list.push({ from, to, facilityId: episode.facilityId, modality: episode.modality });
    byPatient.set(episode.patientId, list);
  });
  return (patientId, day, facilityId) => {
    if (patientId === undefined || day === undefined) return undefined;
    let best: { from: number; sameFacility: boolean; modality: string | undefined } | undefined;
    for (const episode of byPatient.get(patientId) ?? []) {
      if (episode.from > day || episode.to < day) continue;
      const sameFacility = facilityId !== undefined && episode.facilityId === facilityId;
      if (best === undefined || (sameFacility && !best.sameFacility) || (sameFacility === best.sameFacility && episode.from > best.from)) best = { from: episode.from, sameFacility, modality: episode.modality };
    }
    return best?.modality;
  };
}
