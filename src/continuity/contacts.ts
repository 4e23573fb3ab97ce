/** Reading contacts (a patient seen on a day), for provider continuity and follow-up. */
import { acceptedDayNumber } from "../_lib/calendar.js";
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { parseIsoDate, type IsoDate } from "../days/index.js";
import type { PatientRecord, RecordReader } from "./patient-events.js";

/** One checked contact: its day number, its position in the input, and what the measures read. */
export interface CheckedContact {
  readonly index: number;
  readonly day: number;
  readonly date: IsoDate;
  readonly providerId: string | undefined;
  readonly contactType: string | undefined;
}

const optionalText = (value: unknown) => value === undefined || (typeof value === "string" && value.length > 0);

/** A reader of contacts; `providerId` required or optional; `contactType` optional, any non-empty string. */
export function contactReader(providerRequired: boolean): RecordReader<CheckedContact> {
  const check = (contact: PatientRecord, index: number, issues: Issue[]): CheckedContact | undefined => {
    const { date, providerId, contactType } = contact;
    const day = acceptedDayNumber(date);
    const providerOk = providerRequired ? typeof providerId === "string" && providerId.length > 0 : optionalText(providerId);
    if (day !== undefined && providerOk && optionalText(contactType)) return { index, day, date: date as IsoDate, providerId: providerId as string | undefined, contactType: contactType as string | undefined };
    const parsed = parseIsoDate(date, [index, "date"]);
    if (!parsed.ok) issues.push(...parsed.issues);
    for (const [name, value, ok] of [
      ["providerId", providerId, providerOk],
      ["contactType", contactType, optionalText(contactType)],
    ] as const) {
      if (!ok) issues.push(issue(value === undefined ? "missing" : "invalid_type", [index, name], `Contact ${index}: ${name} must be a non-empty string; got ${describeValue(value)}.`));
    }
    return undefined;
  };
  return { noun: "Contact", check };
}

/**
 * A list of contact types (or modalities) given as an option, as a set; a list that is not one throws,
 * naming the option. The set may be asked about a record without a type: it holds none.
 */
export function contactTypesOption(name: string, list: readonly string[] | undefined, fallback: readonly string[]): ReadonlySet<string | undefined> {
  if (list !== undefined && (!Array.isArray(list) || list.some((each) => typeof each !== "string"))) throw new Error(`${name} must be an array of strings; got ${describeValue(list)}.`);
  return new Set(list ?? fallback);
}
