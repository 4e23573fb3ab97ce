import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { kaplanMeier } from "./kaplan-meier.js";
import { computeRetention, retentionAt, retentionStatusAt, type ComputeRetentionOptions, type RetentionRow, type TreatmentExit } from "./retention.js";
import { wilsonInterval } from "./wilson-interval.js";

// P1 is in treatment from 1 January 2020 (30-day dispensings every 30 days) until a last dispensing on 29 April: supply to 28 May.
const monthly = (patientId: string, dates: string[], medication = "N07BC02") => dates.map((date) => ({ patientId, date, duration: 30, medication }));
const p1 = monthly("P1", ["2020-01-01", "2020-01-31", "2020-03-01", "2020-03-31", "2020-04-30"]);
const options: ComputeRetentionOptions = { dataEnd: "2020-12-31", maximumGapDays: 14 };
const outcome = (rows: readonly RetentionRow[]) => rows.map((row) => [row.patientId, row.outcome, row.time, row.event, row.cause]);

describe("computeRetention, hand-worked", () => {
  it("ends treatment at the end of supply when the gap is longer than allowed, and censors at the data end otherwise", () => {
    expect(outcome(computeRetention(p1, options))).toEqual([["P1", "discontinued", 150, true, "discontinuation"]]); // 1 January - 29 May
    expect(outcome(computeRetention(p1, { ...options, dataEnd: "2020-06-05" }))).toEqual([["P1", "data-end", 157, false, null]]); // gap of 7 days so far
    expect(outcome(computeRetention(p1, { ...options, dataEnd: "2020-03-15" }))).toEqual([["P1", "data-end", 75, false, null]]); // later events are not seen
  });

  it("handles transfers, deaths and detentions by option", () => {
    const exits: TreatmentExit[] = [{ patientId: "P1", date: "2020-03-10", reason: "transfer" }];
    expect(outcome(computeRetention(p1, { ...options, exits }))).toEqual([["P1", "transfer", 70, false, null]]);
    expect(outcome(computeRetention(p1, { ...options, exits, transfers: "discontinuation" }))).toEqual([["P1", "transfer", 70, true, "discontinuation"]]);
    expect(outcome(computeRetention(p1, { ...options, exits, transfers: "follow" }))).toEqual([["P1", "discontinued", 150, true, "discontinuation"]]);
    const died: TreatmentExit[] = [{ patientId: "P1", date: "2020-06-05", reason: "death" }]; // 7 days after the supply ran out: still in treatment
    expect(outcome(computeRetention(p1, { ...options, exits: died }))).toEqual([["P1", "death", 157, false, null]]);
    expect(outcome(computeRetention(p1, { ...options, exits: died, deaths: "competing" }))).toEqual([["P1", "death", 157, false, "death"]]);
    const later: TreatmentExit[] = [{ patientId: "P1", date: "2020-07-01", reason: "detention" }]; // after treatment had ended
    expect(outcome(computeRetention(p1, { ...options, exits: later, detentions: "competing" }))).toEqual([["P1", "discontinued", 150, true, "discontinuation"]]);
  });

  it("takes the first episode in the entry period, keeps a switch of medication in one episode unless told, and names the entry medication", () => {
    const history = [...monthly("P", ["2019-10-01", "2019-10-31"]), ...monthly("P", ["2020-02-01", "2020-03-02"]), ...monthly("P", ["2020-04-01"], "N07BC01")];
    const rows = computeRetention(history, { ...options, entryPeriod: { start: "2020-01-01", end: "2020-12-31" } });
    expect([rows[0]?.entryDate, rows[0]?.time, rows[0]?.entryMedication]).toEqual(["2020-02-01", 90, "N07BC02"]);
    expect(computeRetention(history, { ...options, entryPeriod: { start: "2020-01-01", end: "2020-12-31" }, medicationChangeEndsTreatment: true })[0]?.time).toBe(60);
    expect(computeRetention(history, { ...options, entryPeriod: { start: "2020-01-01", end: "2020-12-31" }, medicationChangeEndsTreatment: true, groupMedications: "atc-class" })[0]?.time).toBe(90);
    expect(computeRetention(history, options)[0]?.entryDate).toBe("2019-10-01");
    expect(computeRetention(history, { ...options, entryPeriod: { start: "2021-01-01", end: "2021-12-31" } })[0]?.issues[0]?.message).toMatch(/No treatment episode starts/);
  });

  it("reports bad exits on their patient, exits of no patient in a last row, and impossible options by throwing", async () => {
    const exits = [{ patientId: "P1", date: "2020-02-30", reason: "death" }, { date: "2020-01-01", reason: "death" }, { patientId: "P2", date: "2020-01-01", reason: "moved" }] as unknown as TreatmentExit[];
    const rows = computeRetention([...p1, ...monthly("P2", ["2020-01-01"]), ...monthly("P3", ["2020-01-01"])], { ...options, exits });
    expect(rows.map((row) => [row.patientId, row.time, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["P1", null, ["exits.0.date invalid_date"]],
      ["P2", null, ["exits.2.reason invalid_value"]],
      ["P3", 30, []],
      ["", null, ["exits.1.patientId missing"]],
    ]);
    async function* stream() {
      yield* p1;
    }
    expect(outcome(await computeRetention(stream(), { ...options, exits: [exits[1]!] })).map((row) => row[0])).toEqual(["P1", ""]);
    expect(() => computeRetention(p1, { ...options, maximumGapDays: -1 })).toThrow(/maximumGapDays/);
    expect(() => computeRetention(p1, { ...options, deaths: "ignore" as never })).toThrow(/deaths/);
    expect(() => computeRetention(p1, { ...options, dataEnd: "2020-13-01" })).toThrow(/dataEnd/);
  });
});

describe("retentionAt", () => {
  it("counts retained, discontinued, competing and censored patients at each horizon", () => {
    const events = [...monthly("A", ["2020-01-01"]), ...monthly("B", ["2020-01-01", "2020-01-31", "2020-03-01"]), ...monthly("C", ["2020-01-01", "2020-01-31"]), ...monthly("D", ["2020-10-01", "2020-10-31", "2020-11-30"])];
    const exits: TreatmentExit[] = [{ patientId: "C", date: "2020-02-15", reason: "death" }];
    const rows = computeRetention(events, { ...options, exits, deaths: "competing" });
    // A: 30 days; B: 90 days; C: died on day 46; D: entered 1 October, still in treatment at the data end (92 days).
    expect(retentionAt(rows, { days: [30, 60, 180] }).map(({ horizon, numerator, denominator, discontinued, competing, censored }) => [horizon, numerator, denominator, discontinued, competing, censored])).toEqual([
      ["30 days", 3, 4, 1, 0, 0],
      ["60 days", 2, 4, 1, 1, 0],
      ["180 days", 0, 3, 2, 1, 1],
    ]);
    expect(retentionAt(rows, { months: [1] })[0]).toMatchObject({ horizon: "1 months", numerator: 3, denominator: 4, discontinued: 1 }); // A has 30 days, January has 31
    expect(retentionAt(rows).map((point) => point.horizon)).toEqual(["90 days", "180 days", "365 days"]);
    expect(() => retentionAt(rows, { days: [1.5] })).toThrow(/days/);
  });
});

describe("retention properties", () => {
  const historyArb = fc.array(fc.record({ step: fc.integer({ min: 1, max: 45 }), duration: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 15 });
  const start = isoDateToDayNumber("2020-01-01");

  it("equals a day-by-day walk of the supply held", () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 400 }), (history, gap, dataEndOffset) => {
        let day = start - 1;
        const events = history.map(({ step, duration }) => ({ patientId: "P", date: dayNumberToIsoDate((day += step)), duration }));
        const dataEnd = start + dataEndOffset;
        const [row] = computeRetention(events, { dataEnd: dayNumberToIsoDate(dataEnd), maximumGapDays: gap });
        const first = isoDateToDayNumber(events[0]!.date);
        if (first > dataEnd) {
          expect(row?.time).toBeNull();
          return;
        }
        // Oracle: hold the supply, use a day at a time, and stop after more than `gap` days without.
        let stock = 0;
        let lastCovered = first - 1;
        let expected: [string, number] = ["data-end", dataEnd - first + 1];
        for (let today = first; today <= dataEnd; today += 1) {
          for (const event of events) if (isoDateToDayNumber(event.date) === today) stock += event.duration;
          if (stock > 0) {
            stock -= 1;
            lastCovered = today;
          } else if (today - lastCovered > gap) {
            expected = ["discontinued", lastCovered - first + 1];
            break;
          }
        }
        expect([row?.outcome, row?.time]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the Kaplan-Meier survival at each horizon when nobody is censored before it", () => {
    fc.assert(
      fc.property(fc.array(historyArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 200 }), (histories, horizon) => {
        const events = histories.flatMap((history, patient) => {
          let day = start - 1;
          return history.map(({ step, duration }) => ({ patientId: `P${patient}`, date: dayNumberToIsoDate((day += step)), duration }));
        });
        const rows = computeRetention(events, { dataEnd: "2025-12-31", maximumGapDays: 7 });
        const [curve] = kaplanMeier(rows.map((row) => ({ time: row.time!, event: row.event! })));
        const survival = curve!.curve.filter((row) => row.time <= horizon).at(-1)?.survival ?? 1;
        expect(retentionAt(rows, { days: [horizon] })[0]?.value).toBeCloseTo(survival, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("Wilson limits are where the score test just accepts (found by bisection)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), fc.constantFrom(0.9, 0.95, 0.99), ([k, n], level) => {
        const { lower, upper } = wilsonInterval(k, n, level);
        const z = { 0.9: 1.6448536269514722, 0.95: 1.959963984540054, 0.99: 2.5758293035489004 }[level]!;
        const accepts = (p: number) => Math.abs(k / n - p) <= z * Math.sqrt((p * (1 - p)) / n);
        const edge = (inside: number, outside: number) => {
          for (let step = 0; step < 100; step += 1) {
            const middle = (inside + outside) / 2;
            if (accepts(middle)) inside = middle;
            else outside = middle;
          }
          return inside;
        };
        expect(lower!).toBeCloseTo(k === 0 ? 0 : edge(k / n, 0), 9);
        expect(upper!).toBeCloseTo(k === n ? 1 : edge(k / n, 1), 9);
      }),
      { numRuns: 500 },
    );
    expect(wilsonInterval(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, lower: null, upper: null });
    expect(() => wilsonInterval(5, 3)).toThrow(/numerator/);
  });
});

describe("computeRetention: edges, exits and messages", () => {
  // P1's supply covers 1 January to 29 May 2020; with a 14-day permissible gap it is in treatment to 12 June.
  it("ends treatment when the gap is one day longer than allowed, not before", () => {
    expect(outcome(computeRetention(p1, { ...options, dataEnd: "2020-06-12" }))).toEqual([["P1", "data-end", 164, false, null]]);
    expect(outcome(computeRetention(p1, { ...options, dataEnd: "2020-06-13" }))).toEqual([["P1", "discontinued", 150, true, "discontinuation"]]);
  });

  it("counts an exit on the last day of the permissible gap, and the earliest of a patient's exits whatever their order", () => {
    expect(outcome(computeRetention(p1, { ...options, exits: [{ patientId: "P1", date: "2020-06-12", reason: "death" }] }))).toEqual([["P1", "death", 164, false, null]]);
    expect(outcome(computeRetention(p1, { ...options, exits: [{ patientId: "P1", date: "2020-06-13", reason: "death" }] }))).toEqual([["P1", "discontinued", 150, true, "discontinuation"]]);
    const two: TreatmentExit[] = [
      { patientId: "P1", date: "2020-04-01", reason: "detention" },
      { patientId: "P1", date: "2020-03-01", reason: "transfer" },
    ];
    expect(outcome(computeRetention(p1, { ...options, exits: two }))).toEqual([["P1", "transfer", 61, false, null]]);
    expect(outcome(computeRetention(p1, { ...options, exits: [...two].reverse() }))).toEqual([["P1", "transfer", 61, false, null]]);
  });

  it("ignores an exit before the entry episode", () => {
    const history = [...monthly("P", ["2019-10-01"]), ...monthly("P", ["2020-02-01", "2020-03-02"])];
    const exits: TreatmentExit[] = [{ patientId: "P", date: "2019-10-15", reason: "transfer" }];
    const [row] = computeRetention(history, { ...options, exits, entryPeriod: { start: "2020-01-01", end: "2020-12-31" } });
    expect([row?.entryDate, row?.outcome, row?.time]).toEqual(["2020-02-01", "discontinued", 60]);
  });

  it("takes an episode starting on either end of the entry period, and an exit on the entry day", () => {
    expect(computeRetention(p1, { ...options, entryPeriod: { start: "2020-01-01", end: "2020-06-30" } })[0]?.entryDate).toBe("2020-01-01");
    expect(computeRetention(p1, { ...options, entryPeriod: { start: "2019-06-01", end: "2020-01-01" } })[0]?.entryDate).toBe("2020-01-01");
    const exits: TreatmentExit[] = [{ patientId: "P1", date: "2020-01-01", reason: "transfer" }];
    expect(outcome(computeRetention(p1, { ...options, exits }))).toEqual([["P1", "transfer", 1, false, null]]);
  });

  it("names the medication of the entry episode's first dispensing", () => {
    const history = [...monthly("P", ["2019-10-01"], "N07BC01"), ...monthly("P", ["2020-02-01"], "N07BC02")];
    expect(computeRetention(history, { ...options, entryPeriod: { start: "2020-01-01", end: "2020-12-31" } })[0]?.entryMedication).toBe("N07BC02");
    expect(computeRetention(monthly("P", ["2020-02-01"]).map(({ medication: _, ...event }) => event), options)[0]?.entryMedication).toBeNull();
  });

  it("carries supply across a switch of medication, and ignores doses", () => {
    // 30 days from 1 January, then 30 days from 11 January: the 20 days left carry on to 1 March.
    const switched = [
      { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02", dailyDose: 100 },
      { patientId: "P", date: "2020-01-11", duration: 30, medication: "N07BC01", dailyDose: 50 },
    ];
    expect(outcome(computeRetention(switched, options))).toEqual([["P", "discontinued", 60, true, "discontinuation"]]);
  });

  it("says why there is no row: no event by the data end, or no episode starting in the entry period", () => {
    const [late] = computeRetention(monthly("P", ["2021-02-01"]), options);
    expect(late?.issues).toEqual([{ code: "invalid_value", path: [], message: "The patient has no event on or before the data end (2020-12-31)." }]);
    const [early] = computeRetention(p1, { ...options, entryPeriod: { start: "2019-01-01", end: "2019-06-30" } });
    expect(early?.issues).toEqual([{ code: "invalid_value", path: [], message: "No treatment episode starts in the entry period." }]);
  });

  it("throws for options that cannot work, naming each and the choices", () => {
    expect(() => computeRetention(p1, { ...options, exits: "none" as never })).toThrow('exits must be an array; got "none".');
    expect(() => computeRetention(p1, { ...options, transfers: "ignore" as never })).toThrow("transfers must be one of censor, follow, discontinuation; got ignore.");
    expect(() => computeRetention(p1, { ...options, entryPeriod: { start: "2020-12-31", end: "2020-01-01" } })).toThrow(/^entryPeriod must be/);
  });

  it("reports exits and events without a patient, each naming its kind, in rows with an empty patient id", () => {
    const rows = computeRetention([...p1, { date: "2020-01-01", duration: 30 } as never], { ...options, exits: [{ date: "2020-01-01", reason: "death" } as never, { patientId: "P1", date: "2020-03-01", reason: "fled" } as never] });
    expect(rows.map((row) => [row.patientId, row.issues.map(({ code, path, message }) => ({ code, path, message }))])).toEqual([
      ["P1", [{ code: "invalid_value", path: ["exits", 1, "reason"], message: 'Exit 1: reason must be "transfer", "death" or "detention"; got "fled".' }]],
      ["", [{ code: "missing", path: [5, "patientId"], message: "Event 5 has no usable patientId (got nothing); it belongs to no patient and is left out." }]],
      ["", [{ code: "missing", path: ["exits", 0, "patientId"], message: "Exit 0 has no usable patientId (got nothing); it belongs to no patient and is left out." }]],
    ]);
  });
});

describe("retentionAt and retentionStatusAt: edges", () => {
  const row: RetentionRow = { patientId: "P", issues: [], entryDate: "2020-01-01", entryMedication: null, endDate: "2020-01-10", time: 10, outcome: "discontinued", event: true, cause: "discontinuation" };

  it("takes a horizon of 0 days", () => {
    expect(retentionAt([row], { days: [0] }).map((point) => [point.horizon, point.numerator, point.denominator])).toEqual([["0 days", 1, 1]]);
    expect(() => retentionAt([row], { days: [-1] })).toThrow("days must be whole numbers, at least 0; got an array.");
  });

  it("gives no status to a row without a time or without an entry date", () => {
    expect(retentionStatusAt({ ...row, time: null }, { days: 5 })).toBeNull();
    expect(retentionStatusAt({ ...row, entryDate: null }, { days: 5 })).toBeNull();
    expect(retentionStatusAt({ ...row, entryDate: null }, { months: 1 })).toBeNull();
    expect(retentionStatusAt(row, { days: 5 })).toBe("retained");
  });
});
