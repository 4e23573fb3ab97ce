/**
 * Vocabularies and records in practice: checking a registry's contact export row by row, recoding
 * ICD-10 diagnoses for ICD-11, naming OAT medications, labelling codes in Russian, and turning a
 * treatment episode into the European TDI record and the US TEDS discharge codes.
 * All identifiers and names are fictional.
 */
import { strict as assert } from "node:assert";
import {
  getLabel,
  getLabelInfo,
  lookupAtc,
  mapIcd10ToIcd11,
  mapIcd11ToIcd10,
  toTdiRecord,
  toTedsDischarge,
  validateRecord,
  validateRecords,
  type TreatmentEpisode,
} from "treatment-quality";

// 1. A registry export of contacts: keep every good row, report every bad one by position.
const rows = [
  { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17", contactType: "in-person-visit" },
  { patientId: "P-0001", date: "2020-04-31", providerId: "DR-17", contactType: "telemedicine" }, // April has 30 days
  { patientId: "P-0002", date: "2020-04-06", providerId: "DR-04", contactType: "video-call" }, // not a contact type
  { patientId: "P-0003", date: "2020-04-07", providerId: "DR-04", contactType: "dispensing", note: "free text" }, // unknown key
  { patientId: "P-0004", date: "2020-04-08", providerId: "DR-11" },
];
const checked = validateRecords("contact", rows);
assert.deepEqual(checked.indexes, [0, 4]);
assert.deepEqual(checked.invalidIndexes, [1, 2, 3]);
assert.deepEqual(
  checked.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`),
  ["1.date invalid_date", "2.contactType unknown_code", "3.note unrecognized_key"],
);
for (const issue of checked.issues) console.log(`row ${issue.path.join(".")}: ${issue.message}`);

// 2. ICD-10 diagnoses recoded for ICD-11: not digit for digit, and sometimes one-to-many.
assert.deepEqual(mapIcd10ToIcd11("F11.2"), ["6C43.2"]); // opioid dependence
assert.deepEqual(mapIcd10ToIcd11("F11.0"), ["6C43.3"]); // intoxication moves from .0 to .3
assert.deepEqual(mapIcd10ToIcd11("F12.1"), ["6C41.0", "6C42.0", "6C41.1", "6C42.1"]); // harmful use splits twice
assert.deepEqual(mapIcd11ToIcd10("6C44.4"), ["F13.3"]); // sedative withdrawal, back to ICD-10

// 3. OAT medications by ATC code, from an explicit table (not a prefix).
assert.equal(lookupAtc("N07BC02")?.role, "opioid-agonist-treatment"); // methadone
assert.equal(lookupAtc("N02AA01")?.role, "opioid-agonist-treatment"); // slow-release oral morphine keeps N02AA01
assert.equal(lookupAtc("N07BC04")?.role, "withdrawal-management"); // lofexidine is in N07BC but is not OAT

// 4. Labels for a Russian-language dashboard, with a flag for unreviewed translations.
assert.equal(getLabel("dispensingMode", "take-home", "ru"), "Доза на дом");
assert.equal(getLabelInfo("icd10", "F11.2", "ru").verified, true);
assert.equal(getLabelInfo("modality", "outpatient", "ru").verified, false);
assert.equal(getLabel("dispensingMode", "take-home", "en"), "Take-home dose");

// 5. One episode, two standard records. 15 January to 30 September 2020, last seen 28 September:
// 257 days, which TEDS bins as 181-365 days (code 36).
const parsed = validateRecord("treatmentEpisode", {
  id: "E-2020-0001",
  patientId: "P-0001",
  facilityId: "UZ-TAS-01",
  modality: "outpatient",
  admissionDate: "2020-01-15",
  dischargeDate: "2020-09-30",
  lastContactDate: "2020-09-28",
  dischargeReason: "transferred",
  referralSource: "court-probation-police",
  previouslyTreated: true,
  primarySubstance: "heroin",
  secondarySubstances: ["pregabalin"],
  route: "inject",
});
assert.ok(parsed.ok);
const episode: TreatmentEpisode = parsed.value;
const tdi = toTdiRecord(episode, { tdiCentreType: "outpatient" });
assert.deepEqual([tdi.centreType, tdi.treatmentStatus, tdi.referralSource, tdi.primaryDrug, tdi.route], ["outpatient", "previously-treated", "court-probation-police", "1.1", "inject"]);
assert.deepEqual(toTedsDischarge(episode), { ok: true, value: { SERVICES_D: "7", REASON: "4", LOS: "36", PSOURCE: "7", SUB1: "5", SUB2: "19", SUB3: "1" } });
console.log("TDI record:", tdi);
