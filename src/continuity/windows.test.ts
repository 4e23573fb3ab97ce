import { describe, expect, it } from "vitest";
import { computeCma, type ComputeCmaOptions } from "./cma.js";

const events = [
  { patientId: "P", date: "2020-01-01", duration: 30 },
  { patientId: "P", date: "2020-02-10", duration: 30 },
];
const run = (followUpWindow: unknown, observationWindow: unknown) => computeCma(events, { method: "CMA7", followUpWindow, observationWindow } as ComputeCmaOptions);

describe("follow-up and observation windows", () => {
  it("throws for windows that cannot work, naming the window and the field", () => {
    expect(() => run(undefined, { startAfterFollowUpDays: 0, durationDays: 10 })).toThrow("followUpWindow.durationDays must be a whole number of days, at least 0.");
    expect(() => run({ start: "2020-01-01", durationDays: 1.5 }, { startAfterFollowUpDays: 0, durationDays: 1 })).toThrow("followUpWindow.durationDays must be a whole number of days, at least 0.");
    expect(() => run({ start: "2020-01-01", durationDays: 10 }, { startAfterFollowUpDays: 0, durationDays: -1 })).toThrow("observationWindow.durationDays must be a whole number of days, at least 0.");
    expect(() => run({ durationDays: 10 }, { startAfterFollowUpDays: 0, durationDays: 10 })).toThrow("followUpWindow: give exactly one of start and startAfterFirstEventDays.");
    expect(() => run({ start: "2020-01-01", durationDays: 10 }, { start: "2020-01-01", startAfterFollowUpDays: 0, durationDays: 10 })).toThrow("observationWindow: give exactly one of start and startAfterFollowUpDays.");
    expect(() => run({ startAfterFirstEventDays: 1.5, durationDays: 10 }, { startAfterFollowUpDays: 0, durationDays: 10 })).toThrow("followUpWindow.startAfterFirstEventDays must be a whole number of days, got 1.5.");
    expect(() => run({ start: "2020-01-01", durationDays: 10 }, { startAfterFollowUpDays: "2", durationDays: 10 })).toThrow("observationWindow.startAfterFollowUpDays must be a whole number of days, got 2.");
  });

  it("starts a relative follow-up window that many days after the patient's first event, and the observation window after it", () => {
    const [row] = run({ startAfterFirstEventDays: 10, durationDays: 100 }, { startAfterFollowUpDays: 5, durationDays: 50 });
    expect([row?.followUpWindow, row?.observationWindow]).toEqual([
      { start: "2020-01-11", durationDays: 100 },
      { start: "2020-01-16", durationDays: 50 },
    ]);
    const [before] = run({ startAfterFirstEventDays: -10, durationDays: 100 }, { startAfterFollowUpDays: 0, durationDays: 100 });
    expect(before?.followUpWindow).toEqual({ start: "2019-12-22", durationDays: 100 });
  });

  it("sets a patient aside when its observation window starts before its follow-up window or ends after it", () => {
    const [early] = run({ start: "2020-01-11", durationDays: 100 }, { start: "2020-01-01", durationDays: 50 });
    expect(early?.issues).toEqual([{ code: "invalid_value", path: ["observationWindow"], message: "The observation window (2020-01-01 to 2020-02-20) is not inside the follow-up window (2020-01-11 to 2020-04-20)." }]);
    const [late] = run({ start: "2020-01-01", durationDays: 50 }, { startAfterFollowUpDays: 10, durationDays: 50 });
    expect(late?.issues.map((each) => each.message)).toEqual(["The observation window (2020-01-11 to 2020-03-01) is not inside the follow-up window (2020-01-01 to 2020-02-20)."]);
    expect(run({ start: "2020-01-01", durationDays: 50 }, { start: "2020-01-01", durationDays: 50 })[0]?.issues).toEqual([]);
  });
});
