/**
 * Properties of the CMA engine on random event histories, and agreement with a slow day-by-day
 * simulator written here from the definitions (a stock of days of supply, consumed one day at a time).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCma, computeTreatmentEpisodes, explainContinuity, type CmaMethod, type CmaRow, type ComputeCmaOptions, type ContinuityEvent } from "../src/index.js";
import { oracleDayNumber, oracleIsoDate } from "./oracles.js";

const FOLLOW_UP_START = oracleDayNumber(2020, 1, 1);
const FOLLOW_UP_DAYS = 200;
const MEDICATIONS = ["N07BC02", "N07BC01"];

const eventArb = fc.record({
  patientId: fc.constantFrom("P1", "P2", "P3"),
  offset: fc.integer({ min: -10, max: FOLLOW_UP_DAYS + 10 }),
  duration: fc.integer({ min: 1, max: 60 }),
  dailyDose: fc.constantFrom(10, 20, 40, 60),
  medication: fc.constantFrom(...MEDICATIONS),
});
const historyArb = fc.array(eventArb, { minLength: 1, maxLength: 25 }).map((rows) =>
  rows.map(({ offset, ...rest }): ContinuityEvent => ({ ...rest, date: oracleIsoDate(FOLLOW_UP_START + offset) })),
);
const windowArb = fc.record({ observationStart: fc.integer({ min: 0, max: 80 }), observationDays: fc.integer({ min: 1, max: 120 }) });
const carryArb = fc.record({ carryOnlyForSameMedication: fc.boolean(), considerDosageChange: fc.boolean() });

function optionsOf(method: CmaMethod, window: { observationStart: number; observationDays: number }, carry: { carryOnlyForSameMedication: boolean; considerDosageChange: boolean }): ComputeCmaOptions {
  return {
    method,
    followUpWindow: { start: oracleIsoDate(FOLLOW_UP_START), durationDays: FOLLOW_UP_DAYS },
    observationWindow: { start: oracleIsoDate(FOLLOW_UP_START + window.observationStart), durationDays: window.observationDays },
    ...carry,
  };
}

// ---- The day-by-day simulator ------------------------------------------------------------------

interface SimEvent {
  day: number;
  duration: number;
  dose: number;
  medication: string;
}

/**
 * Walk the days from the first event to `until` (exclusive), keeping a stock of days of supply: at
 * each event the stock left over is dropped (medication change, when only the same medication
 * carries) or rescaled (dose change), then the event's supply is added; each day uses up to one day
 * of stock. Returns, per day, the share of it that was not covered, and the stock before each event.
 */
function simulate(events: SimEvent[], until: number, carry: { carryOnlyForSameMedication: boolean; considerDosageChange: boolean }) {
  const uncovered = new Map<number, number>();
  const stockBefore: number[] = [];
  let stock = 0;
  let day = events[0]?.day ?? until;
  events.forEach((event, index) => {
    for (; day < event.day; day += 1) {
      const used = Math.min(1, stock);
      stock -= used;
      uncovered.set(day, 1 - used);
    }
    const previous = events[index - 1];
    if (previous !== undefined) {
      if (carry.carryOnlyForSameMedication && previous.medication !== event.medication) stock = 0;
      else if (carry.considerDosageChange) stock *= previous.dose / event.dose;
    }
    stockBefore.push(stock);
    stock += event.duration;
  });
  for (; day < until; day += 1) {
    const used = Math.min(1, stock);
    stock -= used;
    uncovered.set(day, 1 - used);
  }
  return { uncovered, stockBefore };
}

function simulatedCma(method: CmaMethod, history: ContinuityEvent[], patientId: string, options: ComputeCmaOptions): number | null {
  const followStart = FOLLOW_UP_START;
  const followEnd = followStart + FOLLOW_UP_DAYS;
  const obsStart = oracleDayNumber(...(options.observationWindow.start!.split("-").map(Number) as [number, number, number]));
  const obsEnd = obsStart + options.observationWindow.durationDays;
  const carry = { carryOnlyForSameMedication: options.carryOnlyForSameMedication ?? false, considerDosageChange: options.considerDosageChange ?? false };
  const all: SimEvent[] = history
    .filter((event) => event.patientId === patientId)
    .map((event) => ({ day: oracleDayNumber(...(event.date.split("-").map(Number) as [number, number, number])), duration: event.duration, dose: event.dailyDose!, medication: event.medication! }))
    .filter((event) => event.day >= followStart && event.day <= followEnd)
    .sort((a, b) => a.day - b.day);
  const inside = all.filter((event) => event.day >= obsStart && event.day <= obsEnd);
  const uncoveredBetween = (uncovered: Map<number, number>, from: number, to: number) => {
    let total = 0;
    for (let day = from; day < to; day += 1) total += uncovered.get(day) ?? 1;
    return total;
  };
  switch (method) {
    case "CMA5": {
      if (inside.length < 2 || inside.at(-1)!.day === inside[0]!.day) return null;
      const { uncovered } = simulate(inside, obsEnd, carry);
      return 1 - uncoveredBetween(uncovered, inside[0]!.day, inside.at(-1)!.day) / (inside.at(-1)!.day - inside[0]!.day);
    }
    case "CMA6": {
      if (inside.length === 0 || inside[0]!.day === obsEnd) return null;
      const { uncovered } = simulate(inside, obsEnd, carry);
      return 1 - uncoveredBetween(uncovered, inside[0]!.day, obsEnd) / (obsEnd - inside[0]!.day);
    }
    case "CMA7":
    case "CMA8": {
      const upToEnd = all.filter((event) => event.day <= obsEnd);
      if (upToEnd.length === 0) return null;
      const { uncovered, stockBefore } = simulate(upToEnd, obsEnd, carry);
      let start = obsStart;
      if (method === "CMA8") {
        upToEnd.forEach((event, index) => {
          const supplyEnd = event.day + event.duration + stockBefore[index]!;
          if (event.day < obsStart && supplyEnd > obsStart) start = Math.max(start, supplyEnd);
        });
        if (start >= obsEnd) return null;
      }
      return 1 - uncoveredBetween(uncovered, start, obsEnd) / (obsEnd - start);
    }
    case "CMA9": {
      if (!all.some((event) => event.day <= obsEnd)) return null;
      const { uncovered } = simulate(all, followEnd, carry);
      // Each interval's coverage is spread evenly over the interval, then the window's days are summed.
      let total = 0;
      all.forEach((event, index) => {
        const to = all[index + 1]?.day ?? followEnd;
        if (to === event.day) return;
        const rate = 1 - uncoveredBetween(uncovered, event.day, to) / (to - event.day);
        for (let day = Math.max(event.day, obsStart); day < Math.min(to, obsEnd); day += 1) total += rate;
      });
      return total / (obsEnd - obsStart);
    }
    default:
      throw new Error(method);
  }
}

// ---- Properties ---------------------------------------------------------------------------------

/** Each row of a history's CMA beside the simulator's value for that patient (null where it has none). */
function againstSimulator(method: CmaMethod, history: ContinuityEvent[], window: { observationStart: number; observationDays: number }, carry: { carryOnlyForSameMedication: boolean; considerDosageChange: boolean }) {
  // CMA8's lagged window can start on a fractional day when doses change; the simulator walks whole days.
  const usedCarry = method === "CMA8" ? { ...carry, considerDosageChange: false } : carry;
  const options = optionsOf(method, window, usedCarry);
  return computeCma(history, options).map((row) => ({ row, expected: simulatedCma(method, history, row.patientId, options) }));
}

describe("computeCma against the day-by-day simulator", () => {
  for (const method of ["CMA5", "CMA6", "CMA7", "CMA8", "CMA9"] as const) {
    it(`${method} agrees on random histories`, () => {
      fc.assert(
        fc.property(historyArb, windowArb, carryArb, (history, window, carry) => {
          for (const { row, expected } of againstSimulator(method, history, window, carry)) {
            if (expected === null) expect(row.value).toBeNull();
            else expect(row.value).toBeCloseTo(expected, 9);
          }
        }),
        { numRuns: 300 },
      );
    });

    // The random histories must exercise the measure, not only its undefined cases. Checked on a fixed
    // sample, not on the property's own runs: a share of a few random runs (25 under Stryker) is luck,
    // and CMA5, defined in about one history in four, fell short of it about once in 17 such runs.
    it(`${method}: a fixed sample of 300 random histories gives more than 50 values to compare`, () => {
      const sample = fc.sample(fc.tuple(historyArb, windowArb, carryArb), { numRuns: 300, seed: 2020 });
      const compared = sample.flatMap((args) => againstSimulator(method, ...args)).filter(({ expected }) => expected !== null).length;
      expect(compared).toBeGreaterThan(50);
    });
  }
});

describe("computeCma properties", () => {
  it("keeps CMA3, CMA4 and CMA5-9 in [0, 1]", () => {
    fc.assert(
      fc.property(historyArb, windowArb, carryArb, fc.constantFrom<CmaMethod>("CMA3", "CMA4", "CMA5", "CMA6", "CMA7", "CMA8", "CMA9"), (history, window, carry, method) => {
        for (const row of computeCma(history, optionsOf(method, window, carry))) if (row.value !== null) expect(row.value >= 0 && row.value <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the input order, except for the order of a patient's events on the same date", () => {
    fc.assert(
      fc.property(historyArb, windowArb, carryArb, fc.constantFrom<CmaMethod>(...(["CMA1", "CMA2", "CMA5", "CMA7", "CMA8", "CMA9"] as const)), fc.nat(), (history, window, carry, method, seed) => {
        // Reorder by a random key per (patient, date) group, keeping each group's own order.
        const key = (event: ContinuityEvent) => (event.patientId.charCodeAt(1) * 7919 + Number(event.date.replaceAll("-", "")) * 31 + seed) % 1009;
        const reordered = history.map((event, index) => ({ event, index })).sort((a, b) => key(a.event) - key(b.event) || a.index - b.index).map(({ event }) => event);
        const byPatient = (rows: readonly CmaRow[]) => Object.fromEntries(rows.map((row) => [row.patientId, row.value]));
        expect(byPatient(computeCma(reordered, optionsOf(method, window, carry)))).toEqual(byPatient(computeCma(history, optionsOf(method, window, carry))));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same rows when the input is split by patient and the results concatenated", () => {
    fc.assert(
      fc.property(historyArb, windowArb, carryArb, fc.constantFrom<CmaMethod>("CMA2", "CMA6", "CMA7", "CMA9"), (history, window, carry, method) => {
        const options = optionsOf(method, window, carry);
        const patients = [...new Set(history.map((event) => event.patientId))];
        const split = patients.flatMap((patientId) => computeCma(history.filter((event) => event.patientId === patientId), options));
        expect(split).toEqual(computeCma(history, options));
      }),
      { numRuns: 200 },
    );
  });
});

describe("computeTreatmentEpisodes against the day-by-day simulator", () => {
  const optionsArb = fc.record({
    maximumPermissibleGapDays: fc.constantFrom(0, 7, 30),
    medicationChangeStartsNewEpisode: fc.boolean(),
    doseChangeStartsNewEpisode: fc.boolean(),
    carryOnlyForSameMedication: fc.boolean(),
    considerDosageChange: fc.boolean(),
  });

  it("splits where the simulated supply runs out for longer than the permissible gap, or the medication or dose changes", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, (history, options) => {
        const followEnd = FOLLOW_UP_START + FOLLOW_UP_DAYS;
        const rows = computeTreatmentEpisodes(history, { followUpWindow: { start: oracleIsoDate(FOLLOW_UP_START), durationDays: FOLLOW_UP_DAYS }, ...options });
        for (const patientId of new Set(history.map((event) => event.patientId))) {
          const indexed = history.map((event, index) => ({ event, index })).filter(({ event }) => event.patientId === patientId);
          const events = indexed
            .map(({ event, index }) => ({ index, day: oracleDayNumber(...(event.date.split("-").map(Number) as [number, number, number])), duration: event.duration, dose: event.dailyDose!, medication: event.medication! }))
            .filter((event) => event.day >= FOLLOW_UP_START && event.day <= followEnd)
            .sort((a, b) => a.day - b.day);
          const got = rows.filter((row) => row.patientId === patientId);
          if (events.length === 0) {
            expect(got.map((row) => row.episode)).toEqual([null]);
            continue;
          }
          const { uncovered } = simulate(events, followEnd, options);
          const gapAfter = (position: number) => {
            const to = events[position + 1]?.day ?? followEnd;
            let total = 0;
            for (let day = events[position]!.day; day < to; day += 1) total += uncovered.get(day) ?? 1;
            return total;
          };
          // Oracle episodes, built from the simulated gaps.
          const expected: { start: number; duration: number; indexes: number[] }[] = [];
          let first = 0;
          events.forEach((event, position) => {
            const next = events[position + 1];
            const gap = gapAfter(position);
            const last = next === undefined;
            const split = last || gap > options.maximumPermissibleGapDays || (options.medicationChangeStartsNewEpisode && next.medication !== event.medication) || (options.doseChangeStartsNewEpisode && next.dose !== event.dose);
            if (!split) return;
            const start = events[first]!.day;
            const end = last ? (gap > options.maximumPermissibleGapDays ? followEnd - gap : followEnd) : next.day - gap;
            expected.push({ start, duration: end - start, indexes: events.slice(first, position + 1).map((each) => each.index) });
            first = position + 1;
          });
          expect(got.length).toBe(expected.length);
          got.forEach((row, index) => {
            expect(row.start).toBe(oracleIsoDate(expected[index]!.start));
            expect(row.durationDays).toBeCloseTo(expected[index]!.duration, 9);
            expect(row.eventIndexes).toEqual(expected[index]!.indexes);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("explainContinuity", () => {
  it("accounts for every day of the observation window, and its uncovered days give CMA7", () => {
    fc.assert(
      fc.property(historyArb, windowArb, carryArb, (history, window, carry) => {
        const options = optionsOf("CMA7", window, carry);
        const cma = computeCma(history, options);
        explainContinuity(history, options).forEach((explanation, index) => {
          expect(explanation.value).toBe(cma[index]!.value);
          if (explanation.value === null || explanation.coverage.length === 0) return;
          const total = explanation.coverage.reduce((sum, span) => sum + span.days, 0);
          expect(total).toBeCloseTo(window.observationDays, 9);
          const uncovered = explanation.coverage.filter((span) => !span.covered).reduce((sum, span) => sum + span.days, 0);
          expect(1 - uncovered / window.observationDays).toBeCloseTo(explanation.value, 9);
        });
      }),
      { numRuns: 300 },
    );
  });
});
