/** Continuity of provider: COC, UPC, SECON, MMCI and Herfindahl per patient, from contacts. */
import { issue, type Issue } from "../_lib/issue.js";
import { periodOption } from "../_lib/period-option.js";
import type { IsoDate, Period } from "../days/index.js";
import { contactReader, type CheckedContact } from "./contacts.js";
import { forEachPatientOf, type ContinuityResult, type PatientRecords } from "./patient-events.js";
import { eventsWithin } from "./windows.js";

/**
 * What provider continuity reads from a contact (a `Contact` record fits): patient, day and the
 * provider seen (a clinician or a team).
 *
 * @example
 * ```ts
 * import type { ProviderContact } from "treatment-quality";
 *
 * const visit: ProviderContact = { patientId: "P-0001", date: "2020-04-02", providerId: "DR-07" };
 * ```
 */
export interface ProviderContact {
  readonly patientId: string;
  readonly date: IsoDate;
  readonly providerId: string;
}

/**
 * Where contacts can come from: an array (any order), or an iterable or async iterable that delivers
 * each patient's contacts together.
 *
 * @example
 * ```ts
 * import type { ContactSource, ProviderContact } from "treatment-quality";
 *
 * const contacts: ContactSource = [{ patientId: "P-0001", date: "2020-04-02", providerId: "DR-07" }] satisfies ProviderContact[];
 * ```
 */
export type ContactSource = readonly ProviderContact[] | Iterable<ProviderContact> | AsyncIterable<ProviderContact>;

/**
 * Options of {@link computeProviderContinuity}.
 *
 * @example
 * ```ts
 * import type { ProviderContinuityOptions } from "treatment-quality";
 *
 * const year: ProviderContinuityOptions = { period: { start: "2020-01-01", end: "2020-12-31" } };
 * ```
 */
export interface ProviderContinuityOptions {
  /** Only contacts on these days count, both ends included. */
  readonly period: Period;
}

/**
 * One patient's continuity-of-provider indices over the period; an index is null where it is
 * undefined, with the reason in `issues` (COC and SECON need two visits; none exists without a visit).
 *
 * @example
 * ```ts
 * import type { ProviderContinuityRow } from "treatment-quality";
 *
 * const row: ProviderContinuityRow = { patientId: "P1", visits: 4, providers: 2, coc: 0.5, upc: 0.75, secon: 0.3333333333333333, mmci: 0.6774193548387097, hhi: 0.625, issues: [] };
 * ```
 */
export interface ProviderContinuityRow {
  readonly patientId: string;
  /** Contacts in the period (N). */
  readonly visits: number;
  /** Distinct providers seen in the period (M). */
  readonly providers: number;
  /** Bice-Boxerman continuity of care: (sum n_j^2 - N) / (N(N - 1)); 0 when every visit is to a different provider, 1 with one provider. */
  readonly coc: number | null;
  /** Usual provider continuity: the share of visits to the most-seen provider. */
  readonly upc: number | null;
  /** Sequential continuity: the share of consecutive visit pairs with the same provider. */
  readonly secon: number | null;
  /** Modified modified continuity index: (1 - M/(N + 0.1)) / (1 - 1/(N + 0.1)). */
  readonly mmci: number | null;
  /** Herfindahl-Hirschman index: sum (n_j / N)^2. */
  readonly hhi: number | null;
  readonly issues: readonly Issue[];
}

const CONTACT_READER = contactReader(true);

/** The indices of one patient's visits (in order), or the reason each undefined one is null. */
function indicesOf(providersInOrder: readonly string[]): Omit<ProviderContinuityRow, "patientId"> {
  const visits = providersInOrder.length;
  const counts = new Map<string, number>();
  for (const provider of providersInOrder) counts.set(provider, (counts.get(provider) ?? 0) + 1);
  const providers = counts.size;
  if (visits === 0) {
    return { visits, providers, coc: null, upc: null, secon: null, mmci: null, hhi: null, issues: [issue("invalid_value", [], "No contact in the period, so no continuity index is defined.")] };
  }
  let sumOfSquares = 0;
  let most = 0;
  for (const count of counts.values()) {
    sumOfSquares += count * count;
    most = Math.max(most, count);
  }
  let samePairs = 0;
  for (let position = 1; position < visits; position += 1) if (providersInOrder[position] === providersInOrder[position - 1]) samePairs += 1;
  const shifted = visits + 0.1;
  const two = visits >= 2;
  return {
    visits,
    providers,
    coc: two ? (sumOfSquares - visits) / (visits * (visits - 1)) : null,
    upc: most / visits,
    secon: two ? samePairs / (visits - 1) : null,
    mmci: (1 - providers / shifted) / (1 - 1 / shifted),
    hhi: sumOfSquares / (visits * visits),
    issues: two ? [] : [issue("invalid_value", [], "One contact in the period: COC and SECON need at least two.")],
  };
}

/**
 * Continuity of provider per patient, from contacts inside the inclusive period: the Bice-Boxerman
 * continuity of care index (COC), usual provider continuity (UPC), sequential continuity (SECON),
 * the modified modified continuity index (MMCI) and the Herfindahl-Hirschman index (HHI), with the
 * numbers of visits and providers. COC and SECON need two visits and are null with one; with none
 * every index is null. SECON depends on the order of visits: by date, same-day visits in input
 * order. A patient with an invalid contact gets nulls and its issues; the others are computed.
 *
 * @param contacts - contacts (an array, or a stream grouped by patient)
 * @param options - see {@link ProviderContinuityOptions}
 * @returns one row per patient, in order of first appearance
 *
 * @example
 * ```ts
 * import { computeProviderContinuity } from "treatment-quality";
 *
 * const contacts = [
 *   { patientId: "P1", date: "2020-01-06", providerId: "A" },
 *   { patientId: "P1", date: "2020-02-03", providerId: "A" },
 *   { patientId: "P1", date: "2020-03-02", providerId: "B" },
 *   { patientId: "P1", date: "2020-04-06", providerId: "A" },
 * ];
 * const [row] = computeProviderContinuity(contacts, { period: { start: "2020-01-01", end: "2020-12-31" } });
 * [row?.coc, row?.upc, row?.secon, row?.hhi]; // => [0.5, 0.75, 0.3333333333333333, 0.625]
 * ```
 */
export function computeProviderContinuity<Source extends ContactSource>(contacts: Source, options: ProviderContinuityOptions): ContinuityResult<Source, ProviderContinuityRow> {
  const period = periodOption("period", options?.period);
  const empty = (patientId: string, issues: readonly Issue[]): ProviderContinuityRow => ({ patientId, visits: 0, providers: 0, coc: null, upc: null, secon: null, mmci: null, hhi: null, issues });
  const perPatient = ({ patientId, events, issues }: PatientRecords<CheckedContact>): ProviderContinuityRow[] => {
    if (issues.length > 0) return [empty(patientId, issues)];
    return [{ patientId, ...indicesOf(eventsWithin(events, period).map((contact) => contact.providerId!)) }];
  };
  return forEachPatientOf(contacts, CONTACT_READER, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, ProviderContinuityRow>;
}
