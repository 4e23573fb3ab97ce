import { describe, expect, it } from "vitest";
import { computeCma, type CmaRow } from "./cma.js";
import type { ContinuityEvent } from "./patient-events.js";

const windows = { followUpWindow: { start: "2020-01-01", durationDays: 200 }, observationWindow: { start: "2020-01-01", durationDays: 100 } };
const rowsOf = (events: Iterable<unknown>) => computeCma(events as Iterable<ContinuityEvent>, { method: "CMA7", ...windows }) as CmaRow[];
const issuesOf = (...events: unknown[]) => rowsOf(events).flatMap((row) => row.issues.map(({ code, path, message }) => ({ code, path, message })));
const good = { patientId: "P", date: "2020-01-01", duration: 30 };

describe("medication events: each field checked, with its path, code and message", () => {
  it("reports an event that is not an object at its position", () => {
    const first = { patientId: "P", date: "2020-01-01", duration: 10 };
    // Non-objects have no patient: they are reported with the records that belong to no patient.
    expect(issuesOf(first, null, 5)).toEqual([
      { code: "missing", path: [1, "patientId"], message: "Event 1 has no usable patientId (got nothing); it belongs to no patient and is left out." },
      { code: "missing", path: [2, "patientId"], message: "Event 2 has no usable patientId (got nothing); it belongs to no patient and is left out." },
    ]);
  });

  it("reads no patient id from a function, however it is dressed", () => {
    const dressed = Object.assign(() => undefined, { patientId: "P", date: "2020-01-01", duration: 10 });
    expect(issuesOf(good, dressed).map((each) => [each.code, each.path])).toEqual([["missing", [1, "patientId"]]]);
  });

  it("tells a missing patient id from an unusable one", () => {
    expect(issuesOf({ ...good, patientId: "" }, { ...good, patientId: 7 })).toEqual([
      { code: "invalid_type", path: [0, "patientId"], message: 'Event 0 has no usable patientId (got ""); it belongs to no patient and is left out.' },
      { code: "invalid_type", path: [1, "patientId"], message: "Event 1 has no usable patientId (got the number 7); it belongs to no patient and is left out." },
    ]);
  });

  it("reports a duration that is missing, not a number, or not a whole number of at least 1", () => {
    const { duration: _, ...withoutDuration } = good;
    expect(issuesOf(withoutDuration, { ...good, duration: "30" }, { ...good, duration: 0 }, { ...good, duration: 1.5 }, { ...good, duration: -3 })).toEqual([
      { code: "missing", path: [0, "duration"], message: "Event 0: duration must be a whole number of days, at least 1; got nothing." },
      { code: "invalid_type", path: [1, "duration"], message: 'Event 1: duration must be a whole number of days, at least 1; got "30".' },
      { code: "out_of_range", path: [2, "duration"], message: "Event 2: duration must be a whole number of days, at least 1; got the number 0." },
      { code: "out_of_range", path: [3, "duration"], message: "Event 3: duration must be a whole number of days, at least 1; got the number 1.5." },
      { code: "out_of_range", path: [4, "duration"], message: "Event 4: duration must be a whole number of days, at least 1; got the number -3." },
    ]);
  });

  it("reports a daily dose that is not a number greater than 0, finite", () => {
    expect(issuesOf({ ...good, dailyDose: "80" }, { ...good, dailyDose: 0 }, { ...good, dailyDose: -1 }, { ...good, dailyDose: Number.POSITIVE_INFINITY }, { ...good, dailyDose: Number.NaN })).toEqual([
      { code: "invalid_type", path: [0, "dailyDose"], message: 'Event 0: dailyDose must be a number greater than 0; got "80".' },
      { code: "out_of_range", path: [1, "dailyDose"], message: "Event 1: dailyDose must be a number greater than 0; got the number 0." },
      { code: "out_of_range", path: [2, "dailyDose"], message: "Event 2: dailyDose must be a number greater than 0; got the number -1." },
      { code: "out_of_range", path: [3, "dailyDose"], message: "Event 3: dailyDose must be a number greater than 0; got the number Infinity." },
      { code: "out_of_range", path: [4, "dailyDose"], message: "Event 4: dailyDose must be a number greater than 0; got the number NaN." },
    ]);
  });

  it("reports a medication that is not a non-empty string", () => {
    expect(issuesOf({ ...good, medication: "" }, { ...good, medication: ["N07BC02"] }, { ...good, medication: 5 })).toEqual([
      { code: "invalid_type", path: [0, "medication"], message: 'Event 0: medication must be a non-empty string; got "".' },
      { code: "invalid_type", path: [1, "medication"], message: "Event 1: medication must be a non-empty string; got an array." },
      { code: "invalid_type", path: [2, "medication"], message: "Event 2: medication must be a non-empty string; got the number 5." },
    ]);
  });

  it("reports only the fields that are wrong", () => {
    // A valid duration of 1, dose and medication beside a bad date: only the date is reported.
    expect(issuesOf({ patientId: "P", date: "2020-02-30", duration: 1, dailyDose: 80, medication: "N07BC02" }).map((each) => each.path)).toEqual([[0, "date"]]);
    // Each field's issue on its own, in field order.
    expect(issuesOf({ patientId: "P", date: "2020-01-01", duration: 1, dailyDose: -1, medication: "" }).map((each) => each.path)).toEqual([
      [0, "dailyDose"],
      [0, "medication"],
    ]);
  });

  it("accepts the smallest valid values: a duration of 1, a tiny dose, a one-letter medication", () => {
    const rows = rowsOf([{ patientId: "P", date: "2020-01-01", duration: 1, dailyDose: 0.001, medication: "N" }]);
    expect(rows.map((row) => [row.patientId, row.issues])).toEqual([["P", []]]);
  });

  it("sets aside a patient with any bad event, with all of its issues, and computes the others", () => {
    const rows = rowsOf([
      { patientId: "A", date: "2020-01-01", duration: 0 },
      { patientId: "B", date: "2020-01-01", duration: 50 },
      { patientId: "A", date: "2020-01-05", duration: 30, dailyDose: 0 },
    ]);
    expect(rows.map((row) => [row.patientId, row.value, row.issues.map((each) => each.path.join("."))])).toEqual([
      ["A", null, ["0.duration", "2.dailyDose"]],
      ["B", 0.5, []],
    ]);
  });
});

describe("medication events from a stream", () => {
  it("reports a patient's event that arrives after other patients', naming the record kind", () => {
    const rows = rowsOf(new Set([good, { ...good, patientId: "Q" }, { ...good, date: "2020-02-01" }]));
    expect(rows.map((row) => [row.patientId, row.issues.map(({ code, path, message }) => ({ code, path, message }))])).toEqual([
      ["P", []],
      ["Q", []],
      ["P", [{ code: "invalid_value", path: [2, "patientId"], message: "Event 2 of patient \"P\" arrives after other patients' events; a stream must deliver each patient's events together (sort it by patient)." }]],
    ]);
  });

  it("sorts each patient's events by date, ties in input order, from arrays and streams alike", () => {
    const events = [
      { patientId: "P", date: "2020-03-01", duration: 10 },
      { patientId: "P", date: "2020-01-01", duration: 10 },
      { patientId: "P", date: "2020-02-01", duration: 20 },
    ];
    const fromArray = rowsOf(events);
    expect(rowsOf(new Set(events))).toEqual(fromArray);
    // 40 days of supply over days 0 to 100, whatever the input order.
    expect(fromArray[0]?.value).toBeCloseTo(0.4, 12);
  });
});
