import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { computeProviderContinuity } from "./provider-continuity.js";

const period = { start: "2020-01-01", end: "2020-12-31" };

describe("computeProviderContinuity, hand-worked", () => {
  it("computes every index, orders same-day visits by input, and counts only the period", () => {
    const contacts = [
      { patientId: "P", date: "2020-03-01", providerId: "B" },
      { patientId: "P", date: "2020-01-10", providerId: "A" },
      { patientId: "P", date: "2020-03-01", providerId: "A" }, // same day as B, after it in the input
      { patientId: "P", date: "2020-05-01", providerId: "A" },
      { patientId: "P", date: "2021-01-01", providerId: "C" }, // after the period
    ];
    const [row] = computeProviderContinuity(contacts, { period });
    // Order A (10 Jan), B, A (1 Mar, input order), A: pairs AB, BA, AA -> SECON 1/3.
    expect(row).toEqual({ patientId: "P", visits: 4, providers: 2, coc: 0.5, upc: 0.75, secon: 1 / 3, mmci: (1 - 2 / 4.1) / (1 - 1 / 4.1), hhi: 0.625, issues: [] });
  });

  it("gives nulls with the reason for one visit and for none", () => {
    const rows = computeProviderContinuity(
      [
        { patientId: "ONE", date: "2020-06-01", providerId: "A" },
        { patientId: "NONE", date: "2019-06-01", providerId: "A" },
      ],
      { period },
    );
    expect(rows.map(({ patientId, coc, upc, secon, mmci, hhi }) => [patientId, coc, upc, secon, mmci, hhi])).toEqual([
      ["ONE", null, 1, null, 1, 1],
      ["NONE", null, null, null, null, null],
    ]);
    expect(rows[0]?.issues[0]?.message).toMatch(/at least two/);
    expect(rows[1]?.issues[0]?.message).toMatch(/No contact in the period/);
  });

  it("isolates a bad contact to its patient, reports contacts without a patient, and reads streams", async () => {
    const contacts = [
      { patientId: "P", date: "2020-02-30", providerId: "A" },
      { patientId: "Q", date: "2020-02-01", providerId: "" },
      { patientId: "R", date: "2020-02-01", providerId: "A" },
      { date: "2020-02-01", providerId: "A" },
    ] as never[];
    const rows = computeProviderContinuity(contacts, { period });
    expect(rows.map((row) => [row.patientId, row.visits, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["P", 0, ["0.date invalid_date"]],
      ["Q", 0, ["1.providerId invalid_type"]],
      ["R", 1, [" invalid_value"]], // one visit: COC and SECON undefined
      ["", 0, ["3.patientId missing"]],
    ]);
    async function* stream() {
      yield { patientId: "R", date: "2020-02-01", providerId: "A" };
      yield { patientId: "R", date: "2020-02-02", providerId: "A" };
    }
    expect((await computeProviderContinuity(stream(), { period }))[0]?.coc).toBe(1);
    expect(() => computeProviderContinuity([], { period: { start: "2020-02-01", end: "2020-01-01" } })).toThrow(/period/);
  });
});

describe("computeProviderContinuity properties", () => {
  const visitsArb = fc.array(fc.record({ offset: fc.integer({ min: -30, max: 400 }), provider: fc.constantFrom("A", "B", "C", "D") }), { minLength: 0, maxLength: 30 });
  const start = isoDateToDayNumber(period.start);
  const end = isoDateToDayNumber(period.end);

  it("equals the textbook formulas on the visits in the period, in date then input order", () => {
    fc.assert(
      fc.property(visitsArb, (visits) => {
        const contacts = visits.map(({ offset, provider }) => ({ patientId: "P", date: dayNumberToIsoDate(start + offset), providerId: provider }));
        const [row] = computeProviderContinuity(contacts, { period });
        if (visits.length === 0) {
          expect(row).toBeUndefined();
          return;
        }
        // Oracle: a stable sort by date of the visits inside the period, then each formula as published.
        const inside = visits.map((visit, order) => ({ ...visit, order })).filter(({ offset }) => start + offset <= end && offset >= 0);
        inside.sort((a, b) => a.offset - b.offset || a.order - b.order);
        const n = inside.length;
        const perProvider = ["A", "B", "C", "D"].map((provider) => inside.filter((visit) => visit.provider === provider).length).filter((count) => count > 0);
        expect([row?.visits, row?.providers]).toEqual([n, perProvider.length]);
        if (n === 0) return;
        const squares = perProvider.reduce((sum, count) => sum + count * count, 0);
        expect(row?.upc).toBeCloseTo(Math.max(...perProvider) / n, 14);
        expect(row?.hhi).toBeCloseTo(perProvider.reduce((sum, count) => sum + (count / n) ** 2, 0), 14);
        expect(row?.mmci).toBeCloseTo((1 - perProvider.length / (n + 0.1)) / (1 - 1 / (n + 0.1)), 14);
        if (n < 2) {
          expect([row?.coc, row?.secon]).toEqual([null, null]);
          return;
        }
        expect(row?.coc).toBeCloseTo((squares - n) / (n * (n - 1)), 14);
        expect(row?.coc).toBeCloseTo((n * row!.hhi! - 1) / (n - 1), 12); // the published identity
        const same = inside.slice(1).filter((visit, index) => visit.provider === inside[index]!.provider).length;
        expect(row?.secon).toBeCloseTo(same / (n - 1), 14);
        for (const value of [row?.coc, row?.upc, row?.secon, row?.mmci, row?.hhi]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("does not depend on the order of visits on different days, except SECON's tie rule", () => {
    fc.assert(
      fc.property(visitsArb, fc.integer(), (visits, seed) => {
        const contacts = visits.map(({ offset, provider }) => ({ patientId: "P", date: dayNumberToIsoDate(start + offset), providerId: provider }));
        const shuffled = contacts.map((contact, index) => ({ contact, key: (index * 7919 + seed) % 101 })).sort((a, b) => a.key - b.key).map(({ contact }) => contact);
        const [a] = computeProviderContinuity(contacts, { period });
        const [b] = computeProviderContinuity(shuffled, { period });
        expect([b?.visits, b?.providers, b?.coc, b?.upc, b?.mmci, b?.hhi]).toEqual([a?.visits, a?.providers, a?.coc, a?.upc, a?.mmci, a?.hhi]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("computeProviderContinuity: reasons and options", () => {
  it("says why no index is defined when there is no contact in the period", () => {
    const [row] = computeProviderContinuity([{ patientId: "P", date: "2019-06-01", providerId: "A" }], { period });
    expect(row?.issues).toEqual([{ code: "invalid_value", path: [], message: "No contact in the period, so no continuity index is defined." }]);
  });

  it("throws, naming the period, without options", () => {
    expect(() => computeProviderContinuity([], undefined as never)).toThrow(/^period must be/);
  });
});
