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

describe("computeInitiationAndEngagement: edges of every window, and its messages", () => {
  const episode = (admissionDate: string, more: Record<string, unknown> = {}) => ({ id: "E1", patientId: "P", admissionDate, ...more });
  const run = (episodes: readonly unknown[], contacts: readonly unknown[], options: Partial<Parameters<typeof computeInitiationAndEngagement>[2]> = {}) =>
    computeInitiationAndEngagement(episodes as never, contacts as never, { lookBackDays: 60, ...options });

  it("checks each episode field, with its path, code and message", () => {
    const rows = run([episode("2020-04-01", { id: undefined }), { ...episode("2020-04-01"), id: "", patientId: "Q" }, { ...episode("2020-04-01"), modality: 5, patientId: "R" }, { id: "E4", admissionDate: "2020-04-01" }], [{ date: "2020-04-01" }]);
    expect(rows).toEqual([
      { patientId: "P", episodeId: null, episodeDate: null, initiated: null, initiationDate: null, initiationContactIndex: null, engaged: null, engagementContactIndexes: [], issues: [{ code: "missing", path: ["episodes", 0, "id"], message: "Episode 0: id must be a non-empty string; got nothing." }] },
      expect.objectContaining({ patientId: "Q", issues: [{ code: "invalid_type", path: ["episodes", 1, "id"], message: 'Episode 1: id must be a non-empty string; got "".' }] }),
      expect.objectContaining({ patientId: "R", issues: [{ code: "invalid_type", path: ["episodes", 2, "modality"], message: "Episode 2: modality must be a string; got the number 5." }] }),
      expect.objectContaining({
        patientId: "",
        issues: [
          { code: "missing", path: ["episodes", 3, "patientId"], message: "Episode 3 has no usable patientId (got nothing); it belongs to no patient and is left out." },
          { code: "missing", path: ["contacts", 0, "patientId"], message: "Contact 0 has no usable patientId (got nothing); it belongs to no patient and is left out." },
        ],
      }),
    ]);
  });

  it("throws for window lengths that are not whole numbers of at least their minimum, naming them", () => {
    expect(() => run([], [], { initiationDays: 0 })).toThrow("initiationDays must be a whole number, at least 1; got 0.");
    expect(() => run([], [], { engagementDays: -1 })).toThrow("engagementDays must be a whole number, at least 0; got -1.");
    expect(() => run([], [], { engagementContacts: 0 })).toThrow("engagementContacts must be a whole number, at least 1; got 0.");
    expect(() => run([], [], { initiationDays: 1.5 })).toThrow(/^initiationDays/);
    expect(run([], [], { initiationDays: 1, engagementDays: 0, engagementContacts: 1 })).toEqual([]);
  });

  it("gives a full row for an episode without initiation", () => {
    expect(run([episode("2020-04-01")], [])).toEqual([{ patientId: "P", episodeId: "E1", episodeDate: "2020-04-01", initiated: false, initiationDate: null, initiationContactIndex: null, engaged: false, engagementContactIndexes: [], issues: [] }]);
  });

  it("takes the earliest treatment contact as the initiation, whatever the input order, and the first of a day", () => {
    const contacts = [visit("P", "2020-04-10"), visit("P", "2020-04-05"), visit("P", "2020-04-05", "telephone")];
    const [row] = run([episode("2020-04-01")], contacts);
    expect([row?.initiationDate, row?.initiationContactIndex, row?.engagementContactIndexes]).toEqual(["2020-04-05", 1, [0]]);
  });

  it("initiates on the episode day, and does not count another contact of the initiation day towards engagement", () => {
    const contacts = [visit("P", "2020-04-01"), visit("P", "2020-04-01", "telephone"), visit("P", "2020-04-10")];
    const [row] = run([episode("2020-04-01")], contacts);
    expect([row?.initiationDate, row?.initiationContactIndex, row?.engagementContactIndexes, row?.engaged]).toEqual(["2020-04-01", 0, [2], false]);
  });

  it("looks back exactly lookBackDays days, for episodes and for treatment", () => {
    // 1 February is 60 days after 3 December 2019.
    expect(run([episode("2019-12-03", { id: "E0" }), episode("2020-02-01")], []).map((row) => row.episodeId)).toEqual(["E0"]);
    expect(run([episode("2019-12-02", { id: "E0" }), episode("2020-02-01")], []).map((row) => row.episodeId)).toEqual(["E0", "E1"]);
    expect(run([episode("2020-02-01")], [visit("P", "2019-12-03", "dispensing")])).toEqual([]);
    expect(run([episode("2020-02-01")], [visit("P", "2019-12-02", "dispensing")]).map((row) => row.episodeId)).toEqual(["E1"]);
  });

  it("counts a contact on the data end, and knows the initiation window closed on it", () => {
    expect(run([episode("2020-04-01")], [visit("P", "2020-04-10")], { dataEnd: "2020-04-10" })[0]?.initiated).toBe(true);
    // The 14-day window runs from 1 to 14 April: closed on the 14th, open on the 13th.
    expect(run([episode("2020-04-01")], [], { dataEnd: "2020-04-14" })[0]?.initiated).toBe(false);
    expect(run([episode("2020-04-01")], [], { dataEnd: "2020-04-13" })[0]?.initiated).toBeNull();
  });

  it("knows the engagement window closed on the data end, and leaves engagement open when it runs past it", () => {
    // Initiated on 1 April; engagement counts contacts from 2 April to 5 May (34 days after the initiation).
    const initiated = [visit("P", "2020-04-01")];
    expect(run([episode("2020-04-01")], initiated, { dataEnd: "2020-05-05" })[0]?.engaged).toBe(false);
    expect(run([episode("2020-04-01")], initiated, { dataEnd: "2020-05-04" })[0]?.engaged).toBeNull();
    expect(run([episode("2020-04-01")], initiated, { dataEnd: "2020-04-02" })[0]?.engaged).toBeNull();
  });

  it("names period, dataEnd and initiatingModalities in their errors, and lets residential episodes initiate themselves by default", () => {
    expect(() => run([], [], { period: { start: "2020-13-01", end: "2020-02-01" } })).toThrow('period must be { start, end } with valid dates (YYYY-MM-DD) and start <= end; got {"start":"2020-13-01","end":"2020-02-01"}.');
    expect(() => run([], [], { dataEnd: "x" })).toThrow('dataEnd must be a valid date (YYYY-MM-DD); got "x".');
    expect(() => run([], [], { initiatingModalities: "x" as never })).toThrow('initiatingModalities must be an array of strings; got "x".');
    const [residential] = run([episode("2020-04-01", { modality: "long-term-residential" })], []);
    expect([residential?.initiated, residential?.initiationDate]).toEqual([true, "2020-04-01"]);
  });

  it("takes episodes admitted on both ends of the period, and none after it", () => {
    const episodes = [episode("2020-01-31", { id: "before" }), episode("2020-02-01", { id: "first" }), episode("2020-02-29", { id: "last" }), episode("2020-03-01", { id: "after" })];
    const rows = run(episodes, [], { lookBackDays: 0, period: { start: "2020-02-01", end: "2020-02-29" } });
    expect(rows.map((row) => row.episodeId)).toEqual(["first", "last"]);
  });

  it("initiates an episode without a modality only through treatment, and a contact without a type is no treatment", () => {
    const [row] = run([episode("2020-04-01")], [{ patientId: "P", date: "2020-04-02" }], { initiatingModalities: ["outpatient"], treatmentTypes: ["in-person-visit"] });
    expect([row?.initiated, row?.initiationDate]).toEqual([false, null]);
  });
});
