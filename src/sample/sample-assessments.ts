/** Self and external assessments of the sample registry's facilities against the illustrative national standard. */
import type { Assessment } from "../assessment/index.js";
import { addDays } from "../days/index.js";
import type { Facility } from "../services/index.js";
import { applicableCriteria, illustrativeNationalStandard } from "../standards/index.js";
import { seededRandom } from "./seeded-random.js";

/** Streams of the assessments start here, after any patient's. */
const ASSESSMENT_STREAMS = 1_000_000;

/**
 * Two assessments of each facility, against the criteria of the illustrative national standard that
 * apply to its modalities: a self-assessment in autumn 2019 and an external assessment in spring
 * 2021. Each facility has a hidden quality (most criteria met, some partly, a few not); the team
 * rates itself a little kinder than the assessors do, and the assessors cite their record review.
 */
export function sampleAssessments(seed: number, facilities: readonly Facility[]): Assessment[] {
  const framework = illustrativeNationalStandard;
  return facilities.flatMap((facility, index) => {
    const random = seededRandom(seed, ASSESSMENT_STREAMS + index);
    const quality = 0.55 + 0.4 * random.next();
    const criteria = applicableCriteria(framework, { modalities: facility.modalities }).map((criterion) => criterion.id);
    const levelFor = (met: number) => {
      const draw = random.next();
      return draw < met ? "MET" : draw < met + (1 - met) * 0.65 ? "PARTIALLY_MET" : "NOT_MET";
    };
    const common = { frameworkId: framework.id, frameworkVersion: framework.version, facilityId: facility.id, scope: { modalities: [...facility.modalities] }, status: "final" as const };
    const selfVisit = addDays("2019-10-01", random.integer(0, 60));
    const externalVisit = addDays("2021-03-01", random.integer(0, 90));
    const self: Assessment = {
      ...common,
      id: `${facility.id}-SELF-2019`,
      mode: "self",
      assessors: [{ id: `${facility.id}-HEAD`, role: "lead" }],
      visitDate: selfVisit,
      submittedOn: addDays(selfVisit, random.integer(3, 20)),
      ratings: criteria.map((criterionId) => ({ criterionId, level: levelFor(Math.min(0.98, quality + 0.12)) })),
    };
    const lead = `ASSESSOR-${String(1 + (index % 9)).padStart(2, "0")}`;
    const external: Assessment = {
      ...common,
      id: `${facility.id}-EXT-2021`,
      mode: "external",
      assessors: [
        { id: lead, role: "lead" },
        { id: `ASSESSOR-${String(10 + (index % 7)).padStart(2, "0")}`, role: "member" },
      ],
      visitDate: externalVisit,
      submittedOn: addDays(externalVisit, random.integer(5, 25)),
      ratings: criteria.map((criterionId) => ({ criterionId, level: levelFor(quality), evidence: ["EV-RECORDS"] })),
      evidence: [{ id: "EV-RECORDS", type: "record-review", reference: "Sample of patient records (fictional)", collectedOn: externalVisit, collectedBy: lead, criteria }],
    };
    return [self, external];
  });
}
