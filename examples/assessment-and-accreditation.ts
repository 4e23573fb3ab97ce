/**
 * Assessment and accreditation in practice: the OAT programme of a (fictional) city narcology
 * dispensary rates itself against the illustrative national standard, external assessors visit, the
 * two reports are set side by side, their agreement measured, and the head doctor gets an improvement
 * plan. All names are fictional; the decision thresholds are the library's illustrative defaults.
 */
import { strict as assert } from "node:assert";
import {
  applicableCriteria,
  assessorAgreement,
  compareAssessments,
  illustrativeNationalStandard as standard,
  improvementPlan,
  scoreAssessment,
  type Assessment,
} from "treatment-quality";

// What is assessed: an outpatient OAT programme in a specialised service that also serves women.
const scope = { modalities: ["outpatient" as const], settings: ["specialised" as const], populations: ["women" as const] };
const inScope = applicableCriteria(standard, scope).map((criterion) => criterion.id);
assert.equal(inScope.length, 50); // sections on inpatient withdrawal, rehabilitation, minors and prison release drop out

const common = { frameworkId: standard.id, frameworkVersion: standard.version, facilityId: "DISP-07", serviceId: "DISP-07-OAT", scope, status: "final" as const };
const allMetExcept = (exceptions: Record<string, string>) => inScope.map((criterionId) => ({ criterionId, level: exceptions[criterionId] ?? "MET" }));

// 1. The self-assessment: the team thinks everything is met except outcome monitoring (S9.3.3), and
//    that women-specific care (S7.1.1) does not apply. It cites no evidence.
const self: Assessment = {
  ...common,
  id: "DISP-07-SELF-2024",
  mode: "self",
  assessors: [{ id: "HEAD-DOCTOR", role: "lead" }],
  visitDate: "2024-02-12",
  ratings: allMetExcept({ "S9.3.3": "PARTIALLY_MET", "S7.1.1": "NOT_APPLICABLE" }),
};

// 2. The external assessment, with evidence. Two assessors find problems with controlled medicines,
//    confidentiality, outcome monitoring and the continuity plan; the licence for narcotic drugs
//    they were shown expired before the visit.
const external: Assessment = {
  ...common,
  id: "DISP-07-EXT-2024",
  mode: "external",
  assessors: [
    { id: "ASSESSOR-1", role: "lead" },
    { id: "ASSESSOR-2", role: "member" },
  ],
  visitDate: "2024-03-04",
  ratings: inScope.map((criterionId) => {
    const findings: Record<string, Partial<Assessment["ratings"][number]>> = {
      "S4.2.1": { level: "PARTIALLY_MET", comment: "The safe is locked but not fixed to the wall.", risk: { likelihood: "high", scope: "limited" } },
      "S4.2.2": { level: "NOT_MET", comment: "The register of methadone was not kept for February." },
      "S2.2.1": { level: "PARTIALLY_MET", comment: "Record cabinet left open during the visit." },
      "S9.3.3": { level: "NOT_MET", comment: "Retention is not measured." },
      "S10.2.1": { level: "PARTIALLY_MET", comment: "The continuity plan has no medicine reserve." },
    };
    return { criterionId, level: "MET", evidence: ["EV-RECORDS"], ...findings[criterionId] };
  }),
  evidence: [
    { id: "EV-RECORDS", type: "record-review", reference: "Sample of 20 OAT patient records", collectedOn: "2024-03-04", collectedBy: "ASSESSOR-2", criteria: inScope },
    { id: "EV-LICENCE", type: "document-review", reference: "Licence for activities with narcotic drugs", collectedOn: "2024-03-04", validUntil: "2024-02-28", criteria: ["S8.1.2"] },
  ],
};

// 3. The two reports. Default policy: N/A left out, unrated counted as 0, hierarchical weighted means,
//    a 60-day follow-up (30 days for high-likelihood findings, as set here).
const policy = { followUp: { defaultDays: 60, byRisk: { "high-limited": 30, "high-pattern": 30, "high-widespread": 30 } } };
const selfReport = scoreAssessment(standard, self, policy);
const externalReport = scoreAssessment(standard, external, policy);

// Hand-checked node scores of the external report (criterion weights from the standard):
assert.equal(externalReport.nodes["S4.2"]?.score, (3 * 0.5 + 3 * 0 + 3 * 1) / 9); // storage, register, dispensing
assert.equal(externalReport.nodes["S4"]?.score, (1 + 0.5) / 2);
assert.equal(externalReport.nodes["S2.2"]?.score, (2 * 0.5 + 3 * 1) / 5);
assert.equal(externalReport.nodes["S9.3"]?.score, (2 * 1 + 1 * 1 + 2 * 0) / 5);
assert.equal(externalReport.nodes["S5"]?.score, null); // inpatient withdrawal: out of scope
// Overall: the mean of the eight sections in scope (S5 and S6 are out of scope).
const sections = [1, (1 + 0.8 + 1) / 3, 1, 0.75, 1, 1, (1 + 1 + 0.6) / 3, (1 + 0.8) / 2];
assert.ok(Math.abs(externalReport.overall! - sections.reduce((sum, value) => sum + value, 0) / 8) < 1e-12);
assert.deepEqual(externalReport.criticalFailures, ["S4.2.1"]);
assert.equal(externalReport.decision.outcome, "conditionally-accredited");

// The self-assessment is higher: S7 is left out (its only in-scope criterion was rated N/A).
assert.equal(selfReport.nodes["S7"]?.score, null);
assert.ok(Math.abs(selfReport.overall! - (6 + (1 + 1 + 0.8) / 3) / 7) < 1e-12);
assert.equal(selfReport.decision.outcome, "accredited");

console.log("                     self      external");
console.log(`overall            ${selfReport.overall!.toFixed(3)}     ${externalReport.overall!.toFixed(3)}`);
for (const id of ["S2", "S4", "S9", "S10"]) console.log(`${id.padEnd(18)} ${selfReport.nodes[id]!.score!.toFixed(3)}     ${externalReport.nodes[id]!.score!.toFixed(3)}`);
console.log(`decision           ${selfReport.decision.outcome}  vs  ${externalReport.decision.outcome}`);
for (const reason of externalReport.decision.reasons) console.log(`  ${reason}`);

// 4. Evidence problems are reported, not dropped: the expired licence, and 48 criteria the
//    self-assessment calls met without any evidence although the standard asks for some.
assert.deepEqual(externalReport.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`), ["evidence.1.validUntil expired"]);
assert.equal(selfReport.issues.filter((issue) => issue.code === "missing").length, 48);

// 5. How far the facility and the assessors agree. 44 of 50 ratings are equal, but almost all are
//    MET on both sides, so chance agreement is high and kappa is low: the facility did not see its
//    own problems.
const agreement = assessorAgreement(self, external);
assert.equal(agreement.n, 50);
assert.equal(agreement.percentAgreement, 44 / 50);
const chance = (48 * 45 + 1 * 3) / 2500; // self: 48 MET, 1 partial, 1 N/A; external: 45 MET, 3 partial, 2 not met
assert.ok(Math.abs(agreement.kappa! - (44 / 50 - chance) / (1 - chance)) < 1e-12);
console.log(`agreement ${agreement.percentAgreement}, kappa ${agreement.kappa!.toFixed(3)}, weighted kappa ${agreement.weightedKappa!.toFixed(3)} over ${agreement.nOrdinal} ordinal pairs`);

const gaps = compareAssessments(standard, self, external, policy).gaps;
assert.deepEqual(
  gaps.map((gap) => `${gap.criterionId} ${gap.before}->${gap.after}`),
  ["S4.2.2 MET->NOT_MET", "S2.2.1 MET->PARTIALLY_MET", "S4.2.1 MET->PARTIALLY_MET", "S9.3.3 PARTIALLY_MET->NOT_MET", "S10.2.1 MET->PARTIALLY_MET"], // largest gap first, ties in reading order
);

// 6. The improvement plan: the critical finding first, then weight x shortfall, with due dates.
const plan = improvementPlan(externalReport);
assert.deepEqual(
  plan.items.map((item) => `${item.rank}. ${item.code} ${item.dueDate}`),
  ["1. 4.2.1 2024-04-03", "2. 4.2.2 2024-05-03", "3. 9.3.3 2024-05-03", "4. 2.2.1 2024-05-03", "5. 10.2.1 2024-05-03"],
);
for (const item of plan.items) console.log(`${item.rank}. [${item.critical ? "critical" : `priority ${item.priority}`}] ${item.code} ${item.title.ru ?? item.title.en} (до ${item.dueDate})`);
