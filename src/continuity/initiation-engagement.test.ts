import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { computeInitiationAndEngagement } from "./initiation-engagement.js";

const visit = (patientId: string, date: string, contactType = "in-person-visit") => ({ patientId, date, contactType });
const summary = (rows: ReturnType<typeof computeInitiationAndEngagement>) => rows.map((row) => [row.episodeId, row.initiationDate, row.engaged]);

describe("computeInitiationAndEngagement, hand-worked", () => {
  it("initiates within 14 days of a new episode and engages with two more contacts in 34 days", () => {
    const episodes = [{ id: "E1", patientId: "P", admissionDate: "2020-04-01", modality: "outpatient" }];
    const contacts = [visit("P", "2020-04-14"), visit("P", "2020-04-20", "telephone"), visit("P", "2020-05-18", "dispensing")];
    // 14 April is day 13, the last day of initiation; 18 May is 34 days after it.
    expect(summary(computeInitiationAndEngagement(episodes, contacts, { lookBackDays: 60 }))).toEqual([["E1", "2020-04-14", true]]);
    expect(summary(computeInitiationAndEngagement(episodes, contacts.slice(0, 2), { lookBackDays: 60 }))).toEqual([["E1", "2020-04-14", false]]);
    expect(summary(computeInitiationAndEngagement(episodes, [visit("P", "2020-04-15")], { lookBackDays: 60 }))).toEqual([["E1", null, false]]); // day 14: too late
    const [row] = computeInitiationAndEngagement(episodes, contacts, { lookBackDays: 60 });
    expect([row?.initiationContactIndex, row?.engagementContactIndexes]).toEqual([0, [1, 2]]);
  });

  it("lets inpatient and residential episodes initiate themselves, skips episodes that are not new, and stops at the data end", () => {
    const inpatient = [{ id: "E1", patientId: "P", admissionDate: "2020-04-01", modality: "short-term-inpatient" }];
    const [self] = computeInitiationAndEngagement(inpatient, [visit("P", "2020-04-10"), visit("P", "2020-04-20")], { lookBackDays: 60 });
    expect([self?.initiated, self?.initiationDate, self?.initiationContactIndex, self?.engaged]).toEqual([true, "2020-04-01", null, true]);
    const episodes = [
      { id: "E1", patientId: "P", admissionDate: "2020-01-10" },
      { id: "E2", patientId: "P", admissionDate: "2020-02-20" }, // 41 days after E1: not new with a 60-day look-back
    ];
    expect(computeInitiationAndEngagement(episodes, [], { lookBackDays: 60 }).map((row) => row.episodeId)).toEqual(["E1"]);
    expect(computeInitiationAndEngagement(episodes, [], { lookBackDays: 30 }).map((row) => row.episodeId)).toEqual(["E1", "E2"]);
    expect(computeInitiationAndEngagement(episodes, [visit("P", "2019-12-20")], { lookBackDays: 60 })).toEqual([]); // seen in treatment before
    const late = computeInitiationAndEngagement([{ id: "E3", patientId: "Q", admissionDate: "2020-12-25" }], [], { lookBackDays: 60, dataEnd: "2020-12-31" });
    expect([late[0]?.initiated, late[0]?.engaged]).toEqual([null, null]);
    expect(computeInitiationAndEngagement(episodes, [], { lookBackDays: 30, period: { start: "2020-02-01", end: "2020-02-29" } }).map((row) => row.episodeId)).toEqual(["E2"]);
  });

  it("reports bad records on their patient and records without a patient in a last row", () => {
    const rows = computeInitiationAndEngagement(
      [{ id: "E1", patientId: "P", admissionDate: "2020-02-30" }, { id: "E2", patientId: "Q", admissionDate: "2020-02-01" }, { id: "E3", admissionDate: "2020-02-01" } as never],
      [visit("Q", "2020-02-03"), { patientId: "R", date: "2020-02-03", contactType: 5 } as never],
      { lookBackDays: 60 },
    );
    expect(rows.map((row) => [row.patientId, row.initiated, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["P", null, ["episodes.0.admissionDate invalid_date"]],
      ["Q", true, []],
      ["R", null, ["contacts.1.contactType invalid_type"]],
      ["", null, ["episodes.2.patientId missing"]],
    ]);
    expect(() => computeInitiationAndEngagement([], [], {} as never)).toThrow(/lookBackDays/);
  });
});

describe("computeInitiationAndEngagement properties", () => {
  it("agrees with a direct reading of the definition", () => {
    const start = isoDateToDayNumber("2020-01-01");
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 260 }), { maxLength: 12 }), (admissions, visits) => {
        const episodes = admissions.map((offset, index) => ({ id: `E${index}`, patientId: "P", admissionDate: dayNumberToIsoDate(start + offset) }));
        const contacts = visits.map((offset) => visit("P", dayNumberToIsoDate(start + offset)));
        const rows = computeInitiationAndEngagement(episodes, contacts, { lookBackDays: 30 });
        const expected = admissions.flatMap((day, index) => {
          const isNew = !admissions.some((other, at) => at !== index && other >= day - 30 && (other < day || (other === day && at < index))) && !visits.some((other) => other >= day - 30 && other < day);
          if (!isNew) return [];
          const sorted = [...visits].sort((a, b) => a - b);
          const first = sorted.find((other) => other >= day && other <= day + 13);
          if (first === undefined) return [[`E${index}`, false, false]];
          const rest = sorted.filter((other) => other > first && other <= first + 34).length;
          return [[`E${index}`, true, rest >= 2]];
        });
        expect(rows.map((row) => [row.episodeId, row.initiated, row.engaged])).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("computeInitiationAndEngagement: review fixes", () => {
  it("counts one start when two episodes begin the same day, ignores contacts after the data end, and checks its lists", () => {
    const twins = [
      { id: "E1", patientId: "P", admissionDate: "2020-04-01" },
      { id: "E2", patientId: "P", admissionDate: "2020-04-01" },
    ];
    expect(computeInitiationAndEngagement(twins, [], { lookBackDays: 60 }).map((row) => row.episodeId)).toEqual(["E1"]);
    const [late] = computeInitiationAndEngagement([twins[0]!], [visit("P", "2020-04-05")], { lookBackDays: 60, dataEnd: "2020-04-03" });
    expect(late?.initiated).toBeNull();
    expect(() => computeInitiationAndEngagement(twins, [], { lookBackDays: 60, treatmentTypes: "dispensing" as never })).toThrow(/treatmentTypes/);
  });
});
