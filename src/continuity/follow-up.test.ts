import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { computeFollowUp } from "./follow-up.js";

const contact = (patientId: string, date: string, contactType: string) => ({ patientId, date, contactType });
const met = (rows: ReturnType<typeof computeFollowUp<readonly { patientId: string; date: string; contactType: string }[]>>) =>
  rows.map((row) => [row.indexDate, ...row.followUps.map((window) => (window.met === null ? null : window.met ? window.contactDate : false))]);

describe("computeFollowUp, hand-worked", () => {
  it("finds the first follow-up in each window, and counts the index day only when asked", () => {
    const contacts = [
      contact("P", "2020-04-02", "inpatient-discharge"),
      contact("P", "2020-04-02", "telephone"), // the discharge day
      contact("P", "2020-04-09", "in-person-visit"), // day 7
      contact("P", "2020-04-10", "emergency-visit"), // an index event, not a follow-up
    ];
    expect(met(computeFollowUp(contacts, { repeatedIndexEvents: "each" }))).toEqual([
      ["2020-04-02", "2020-04-09", "2020-04-09"],
      ["2020-04-10", false, false],
    ]);
    expect(met(computeFollowUp(contacts, { indexDayCounts: true, repeatedIndexEvents: "each" }))[0]).toEqual(["2020-04-02", "2020-04-02", "2020-04-02"]);
    const [row] = computeFollowUp(contacts);
    expect([row?.indexType, row?.indexIndex, row?.followUps[0]?.contactIndex, row?.followUps[0]?.contactType]).toEqual(["inpatient-discharge", 0, 2, "in-person-visit"]);
  });

  it("counts repeated index events within the longest window once, the first or the last, or each", () => {
    const contacts = [contact("P", "2020-01-01", "emergency-visit"), contact("P", "2020-01-20", "emergency-visit"), contact("P", "2020-03-01", "emergency-visit"), contact("P", "2020-01-25", "dispensing")];
    expect(computeFollowUp(contacts).map((row) => row.indexDate)).toEqual(["2020-01-01", "2020-03-01"]);
    expect(computeFollowUp(contacts, { repeatedIndexEvents: "last" }).map((row) => row.indexDate)).toEqual(["2020-01-20", "2020-03-01"]);
    expect(computeFollowUp(contacts, { repeatedIndexEvents: "each" }).map((row) => row.indexDate)).toEqual(["2020-01-01", "2020-01-20", "2020-03-01"]);
  });

  it("leaves a window unknown when the data end before it closes, and reads options and bad input", () => {
    const contacts = [contact("P", "2020-12-20", "residential-discharge")];
    expect(met(computeFollowUp(contacts, { dataEnd: "2020-12-31" }))).toEqual([["2020-12-20", false, null]]);
    expect(met(computeFollowUp([...contacts, contact("P", "2020-12-22", "peer-support")], { dataEnd: "2020-12-31", withinDays: [1, 2, 60] }))).toEqual([["2020-12-20", false, "2020-12-22", "2020-12-22"]]);
    expect(computeFollowUp(contacts, { period: { start: "2021-01-01", end: "2021-12-31" } })).toEqual([]);
    expect(computeFollowUp([contact("Q", "2020-12-20", "my-own-type"), contact("Q", "2020-12-21", "my-follow-up")], { indexTypes: ["my-own-type"], followUpTypes: ["my-follow-up"] })[0]?.followUps[0]?.met).toBe(true);
    const bad = computeFollowUp([{ patientId: "P", date: "2020-13-01", contactType: "emergency-visit" }, { patientId: "Q", date: "2020-01-01", contactType: 7 } as never]);
    expect(bad.map((row) => [row.patientId, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["P", ["0.date invalid_date"]],
      ["Q", ["1.contactType invalid_type"]],
    ]);
    expect(() => computeFollowUp(contacts, { withinDays: [-1] })).toThrow(/withinDays/);
    expect(() => computeFollowUp(contacts, { repeatedIndexEvents: "all" as never })).toThrow(/repeatedIndexEvents/);
  });
});

describe("computeFollowUp properties", () => {
  const historyArb = fc.array(fc.record({ offset: fc.integer({ min: 0, max: 120 }), type: fc.constantFrom("emergency-visit", "inpatient-discharge", "in-person-visit", "telephone", "inpatient-admission") }), { maxLength: 20 });
  const start = isoDateToDayNumber("2020-01-01");

  it("agrees with a day-by-day reading of the definition, and a longer window is never met less often", () => {
    fc.assert(
      fc.property(historyArb, fc.boolean(), (history, indexDay) => {
        const contacts = history.map(({ offset, type }) => contact("P", dayNumberToIsoDate(start + offset), type));
        const rows = computeFollowUp(contacts, { repeatedIndexEvents: "each", indexDayCounts: indexDay, withinDays: [7, 30] });
        const indexes = history.map((each, order) => ({ ...each, order })).filter((each) => each.type === "emergency-visit" || each.type === "inpatient-discharge");
        indexes.sort((a, b) => a.offset - b.offset || a.order - b.order);
        expect(rows.map((row) => row.indexIndex)).toEqual(indexes.map((each) => each.order));
        rows.forEach((row, position) => {
          const index = indexes[position]!;
          for (const window of row.followUps) {
            let expected = false;
            for (let day = index.offset + (indexDay ? 0 : 1); day <= index.offset + window.withinDays; day += 1) {
              if (history.some((each) => each.offset === day && (each.type === "in-person-visit" || each.type === "telephone"))) expected = true;
            }
            expect(window.met).toBe(expected);
          }
          if (row.followUps[0]!.met) expect(row.followUps[1]!.met).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("computeFollowUp: review fixes", () => {
  it("ignores contacts after the data end and needs indexDayCounts for a window of 0 days", () => {
    const contacts = [contact("P", "2020-12-20", "inpatient-discharge"), contact("P", "2020-12-23", "telephone")];
    expect(met(computeFollowUp(contacts, { dataEnd: "2020-12-22" }))).toEqual([["2020-12-20", null, null]]);
    expect(() => computeFollowUp(contacts, { withinDays: [0] })).toThrow(/indexDayCounts/);
    expect(computeFollowUp([contact("P", "2020-12-20", "emergency-visit"), contact("P", "2020-12-20", "telephone")], { withinDays: [0], indexDayCounts: true })[0]?.followUps[0]?.met).toBe(true);
  });
});

describe("computeFollowUp: default types, window edges and option names", () => {
  it("knows every default index type and every default follow-up type", () => {
    for (const indexType of ["emergency-visit", "inpatient-discharge", "residential-discharge", "withdrawal-management-discharge"]) {
      for (const followUpType of ["in-person-visit", "telemedicine", "telephone", "dispensing", "group-session", "home-visit", "outreach", "peer-support", "intensive-outpatient"]) {
        const [row] = computeFollowUp([contact("P", "2020-04-01", indexType), contact("P", "2020-04-05", followUpType)]);
        expect([row?.indexType, row?.followUps[0]?.met], `${indexType} then ${followUpType}`).toEqual([indexType, true]);
      }
    }
    expect(computeFollowUp([{ patientId: "P", date: "2020-04-01" }])).toEqual([]);
  });

  it("counts repeated index events within the longest window, its last day included, once", () => {
    // 30 days apart: the second is on the last day of the first's 30-day window.
    const within = [contact("P", "2020-01-01", "emergency-visit"), contact("P", "2020-01-31", "emergency-visit")];
    expect(computeFollowUp(within).map((row) => row.indexDate)).toEqual(["2020-01-01"]);
    expect(computeFollowUp(within, { repeatedIndexEvents: "last" }).map((row) => row.indexDate)).toEqual(["2020-01-31"]);
    const apart = [contact("P", "2020-01-01", "emergency-visit"), contact("P", "2020-02-01", "emergency-visit")];
    expect(computeFollowUp(apart, { repeatedIndexEvents: "last" }).map((row) => row.indexDate)).toEqual(["2020-01-01", "2020-02-01"]);
  });

  it("takes index events on both ends of the period and none outside it, follow-ups on the data end, and knows a window that closes on it", () => {
    expect(computeFollowUp([contact("P", "2020-12-31", "emergency-visit")], { period: { start: "2020-01-01", end: "2020-12-31" } })).toHaveLength(1);
    const edges = ["2020-01-31", "2020-02-01", "2020-02-29", "2020-03-01"].map((date) => contact("P", date, "emergency-visit"));
    const february = computeFollowUp(edges, { repeatedIndexEvents: "each", period: { start: "2020-02-01", end: "2020-02-29" } });
    expect(february.map((row) => row.indexDate)).toEqual(["2020-02-01", "2020-02-29"]);
    const contacts = [contact("P", "2020-04-01", "emergency-visit"), contact("P", "2020-04-08", "telephone")];
    // The 7-day window runs from 2 to 8 April.
    expect(met(computeFollowUp(contacts, { dataEnd: "2020-04-08" }))).toEqual([["2020-04-01", "2020-04-08", "2020-04-08"]]);
    expect(met(computeFollowUp(contacts.slice(0, 1), { dataEnd: "2020-04-08" }))).toEqual([["2020-04-01", false, null]]);
  });

  it("gives a patient with a bad contact one row of issues, without windows", () => {
    const [row] = computeFollowUp([contact("P", "2020-02-30", "emergency-visit")]);
    expect([row?.indexDate, row?.indexType, row?.indexIndex, row?.followUps, row?.issues.map((issue) => issue.path)]).toEqual([null, null, null, [], [[0, "date"]]]);
  });

  it("throws for options that cannot work, naming them", () => {
    expect(() => computeFollowUp([], { withinDays: [7, -1] })).toThrow("withinDays must be whole numbers of days, at least 1 (0 needs indexDayCounts); got an array.");
    expect(() => computeFollowUp([], { withinDays: [-1], indexDayCounts: true })).toThrow("withinDays must be whole numbers of days, at least 0; got an array.");
    expect(() => computeFollowUp([], { withinDays: [0], indexDayCounts: true })).not.toThrow();
    expect(() => computeFollowUp([], { withinDays: 7 as never })).toThrow("withinDays must be whole numbers of days, at least 1 (0 needs indexDayCounts); got the number 7.");
    expect(() => computeFollowUp([], { withinDays: [] })).toThrow("withinDays must be whole numbers of days, at least 1 (0 needs indexDayCounts); got an array.");
    expect(() => computeFollowUp([], { period: { start: "2020-12-31", end: "2020-01-01" } })).toThrow(/^period must be/);
    expect(() => computeFollowUp([], { dataEnd: "2020-02-30" })).toThrow(/^dataEnd must be/);
  });
});
