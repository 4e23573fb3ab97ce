/**
 * The medications of opioid agonist treatment and related treatment, as an explicit table of WHO
 * ATC codes. An explicit table, not a code prefix: slow-release oral morphine used for OAT keeps
 * the analgesic code N02AA01, naltrexone sits in the alcohol-dependence group N07BB, and lofexidine
 * shares N07BC with the agonists although it is a withdrawal medication, not OAT.
 */
import { defineVocabulary, type CodeOf } from "./vocabulary.js";

/**
 * Pharmacological classes of the medications in {@link ATC}; a medication event may name a class
 * instead of an ATC code, and continuity measures group medications by class (a switch from
 * methadone to buprenorphine stays covered). Codes are ours.
 *
 * @example
 * ```ts
 * import { MEDICATION_CLASS, codesOf } from "treatment-quality";
 *
 * codesOf(MEDICATION_CLASS); // => ["opioid-agonist", "opioid-antagonist", "alpha-2-adrenergic-agonist"]
 * ```
 */
export const MEDICATION_CLASS = /* @__PURE__ */ (() => defineVocabulary({
  system: "medicationClass",
  title: "Medication class",
  source: "WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index (groups N07BC, N07BB, V03AB, N02AA); classes are ours",
  entries: [
    { code: "opioid-agonist", name: "Opioid agonist (full or partial)" },
    { code: "opioid-antagonist", name: "Opioid antagonist" },
    { code: "alpha-2-adrenergic-agonist", name: "Alpha-2 adrenergic agonist" },
  ],
}))();

/**
 * What a medication is used for in drug dependence treatment. Codes are ours.
 *
 * @example
 * ```ts
 * import { MEDICATION_ROLE, codesOf } from "treatment-quality";
 *
 * codesOf(MEDICATION_ROLE)[0]; // => "opioid-agonist-treatment"
 * ```
 */
export const MEDICATION_ROLE = /* @__PURE__ */ (() => defineVocabulary({
  system: "medicationRole",
  title: "Role of a medication in treatment",
  source: "WHO Guidelines for the psychosocially assisted pharmacological treatment of opioid dependence (2009); roles are ours",
  entries: [
    { code: "opioid-agonist-treatment", name: "Opioid agonist treatment (maintenance or substitution)" },
    { code: "relapse-prevention", name: "Relapse prevention (antagonist treatment)" },
    { code: "withdrawal-management", name: "Withdrawal management" },
    { code: "overdose-reversal", name: "Overdose reversal" },
  ],
}))();

/**
 * ATC codes of the medications of opioid agonist treatment (OAT) and related treatment. Source:
 * WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index and Guidelines for ATC
 * classification: N07BC "drugs used in opioid dependence" holds methadone, levacetylmethadol and
 * buprenorphine above 0.4 mg (analgesic buprenorphine is N02AE01) and buprenorphine combinations
 * such as buprenorphine with naloxone; all plain morphine preparations are N02AA01; naltrexone is
 * N07BB04; naloxone is V03AB15.
 *
 * @example
 * ```ts
 * import { ATC, codesOf } from "treatment-quality";
 *
 * codesOf(ATC).includes("N07BC02"); // => true
 * ```
 */
export const ATC = /* @__PURE__ */ (() => defineVocabulary({
  system: "atc",
  title: "ATC code of a medication of drug dependence treatment",
  source: "WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index and Guidelines for ATC classification and DDD assignment",
  entries: [
    { code: "N07BC02", name: "Methadone" },
    { code: "N07BC05", name: "Levomethadone" },
    { code: "N07BC01", name: "Buprenorphine", note: "Strengths above 0.4 mg; analgesic buprenorphine is N02AE01." },
    { code: "N07BC51", name: "Buprenorphine, combinations (including buprenorphine with naloxone)" },
    {
      code: "N07BC06",
      name: "Diamorphine",
      verified: false,
      note: "Seen in secondary ATC listings and Swiss product data (Diaphin); the WHO index entry itself was not available to us.",
    },
    { code: "N07BC03", name: "Levacetylmethadol", note: "Withdrawn from most markets; kept for historical records." },
    { code: "N02AA01", name: "Morphine", note: "Slow-release oral morphine used for OAT in some countries keeps this analgesic code." },
    { code: "N07BB04", name: "Naltrexone" },
    { code: "N07BC04", name: "Lofexidine" },
    { code: "V03AB15", name: "Naloxone" },
  ],
}))();

/**
 * One medication of the {@link ATC} table, with its class and role.
 *
 * @example
 * ```ts
 * import { lookupAtc, type AtcMedication } from "treatment-quality";
 *
 * const methadone: AtcMedication | undefined = lookupAtc("N07BC02");
 * ```
 */
export interface AtcMedication {
  /** The ATC code (seven characters). */
  readonly code: string;
  /** The international non-proprietary name, in English. */
  readonly name: string;
  /** The pharmacological class, a code of {@link MEDICATION_CLASS}. */
  readonly class: CodeOf<typeof MEDICATION_CLASS>;
  /** The role in treatment, a code of {@link MEDICATION_ROLE}. */
  readonly role: CodeOf<typeof MEDICATION_ROLE>;
}

const CLASS_AND_ROLE: Readonly<Record<string, Pick<AtcMedication, "class" | "role">>> = {
  N07BC02: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N07BC05: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N07BC01: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N07BC51: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N07BC06: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N07BC03: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N02AA01: { class: "opioid-agonist", role: "opioid-agonist-treatment" },
  N07BB04: { class: "opioid-antagonist", role: "relapse-prevention" },
  N07BC04: { class: "alpha-2-adrenergic-agonist", role: "withdrawal-management" },
  V03AB15: { class: "opioid-antagonist", role: "overdose-reversal" },
};

/**
 * The medication with this ATC code in the {@link ATC} table, or `undefined` for a code the table
 * does not hold. Case and surrounding spaces are ignored.
 *
 * @param code - an ATC code such as `"N07BC02"`
 * @returns the entry with code, name, class and role, or `undefined`
 * @example
 * ```ts
 * import { lookupAtc } from "treatment-quality";
 *
 * lookupAtc("N07BC02"); // => { code: "N07BC02", name: "Methadone", class: "opioid-agonist", role: "opioid-agonist-treatment" }
 * lookupAtc("n02aa01")?.role; // => "opioid-agonist-treatment"
 * lookupAtc("N07BC04")?.role; // => "withdrawal-management"
 * lookupAtc("A10BA02"); // => undefined
 * ```
 */
export function lookupAtc(code: string): AtcMedication | undefined {
  if (typeof code !== "string") return undefined;
  const normalised = code.trim().toUpperCase();
  const entry = ATC.entries.find((each) => each.code === normalised);
  const classAndRole = CLASS_AND_ROLE[normalised];
  return entry && classAndRole ? { code: entry.code, name: entry.name, ...classAndRole } : undefined;
}
