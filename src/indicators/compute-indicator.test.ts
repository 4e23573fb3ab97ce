import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import type { Facility, MedicationEvent, TreatmentEpisode } from "../services/index.js";
import { BUILT_IN_INDICATORS } from "./built-in-indicators.js";
import { computeIndicator, computeIndicatorOverPeriods } from "./compute-indicator.js";
import { indicatorSubject, type IndicatorData, type IndicatorDefinition } from "./indicator-definition.js";
import { indicatorProportions, indicatorSurvival, mergeIndicatorResults, type IndicatorResult } from "./indicator-result.js";

const year = { start: "2020-01-01", end: "2020-12-31" };
const facilities: Facility[] = [
  { id: "N1", name: "N1 (fictional)", region: "North", ownership: "public", modalities: ["outpatient"] },
  { id: "S1", name: "S1 (fictional)", region: "South", ownership: "public", modalities: ["outpatient"] },
];
const counts = (definition: IndicatorDefinition, data: IndicatorData, options = { period: year }) =>
  computeIndicator(definition, { facilities, ...data }, options).result.cells.map((cell) => [Object.values(cell.key).join("/"), cell.numerator, cell.denominator]);
const byId = (id: string) => BUILT_IN_INDICATORS.find((indicator) => indicator.id === id)!;
const paths = (computation: { issues: readonly { path: readonly (string | number)[]; code: string }[] }) => computation.issues.map((each) => `${each.path.join(".")} ${each.code}`);

describe("computeIndicator, hand-worked for each measure", () => {
  const course = (patientId: string, facilityId: string, from: string, fills: number, medication = "N07BC02"): MedicationEvent[] =>
    Array.from({ length: fills }, (_, fill) => ({ patientId, facilityId, date: dayNumberToIsoDate(isoDateToDayNumber(from) + 14 * fill), duration: 14, medication }));

  it("retention at 6 months, by region and medication, with censoring and the survival counts", () => {
    const events = [
      ...course("A", "N1", "2020-01-06", 20), // 280 days: retained at 6 months
      ...course("B", "N1", "2020-02-03", 5), // 70 days: not retained
      ...course("C", "S1", "2020-09-07", 10, "N07BC01"), // 140 days to the data end: still in treatment, but less than 6 months seen
      ...course("D", "S1", "2020-03-02", 15, "N07BC01"), // 210 days: retained
    ];
    const definition = { ...byId("oat-retention-6m"), disaggregations: ["region", "medication"] as const };
    const computation = computeIndicator(definition, { events, facilities }, { period: year, dataEnd: "2021-01-24" });
    expect(computation.result.cells.map((cell) => [Object.values(cell.key).join("/"), cell.numerator, cell.denominator])).toEqual([
      ["North/N07BC02", 1, 2],
      ["South/N07BC01", 1, 1],
    ]);
    const [north, south] = indicatorSurvival(computation.result);
    expect(north?.curve.map((row) => [row.time, row.events])).toEqual([
      [70, 1],
      [280, 1],
    ]);
    // C is still in treatment at the data end: censored at 140 days, not an event.
    expect(south?.curve.map((row) => [row.time, row.events, row.censored])).toEqual([
      [140, 0, 1],
      [210, 1, 0],
    ]);
  });

  it("PDC of 80% or more, take-home doses, remote contacts and follow-up, by facility, sex and age band", () => {
    const events: MedicationEvent[] = [
      { patientId: "P1", facilityId: "N1", date: "2020-01-01", duration: 200, dispensingMode: "take-home" },
      { patientId: "P1", facilityId: "N1", date: "2020-07-19", duration: 166, dispensingMode: "supervised" },
      { patientId: "P2", facilityId: "N1", date: "2020-01-01", duration: 100, dispensingMode: "supervised" },
      { patientId: "P2", facilityId: "N1", date: "2020-06-01", duration: 10, dispensingMode: "supervised" },
    ];
    const patients = [
      { patientId: "P1", sex: "female", birthDate: "1990-06-01" }, // 29 on 1 January 2020
      { patientId: "P2", sex: "male", birthDate: "2002-01-01" }, // 18
    ];
    expect(counts({ ...byId("oat-pdc-80"), disaggregations: ["sex", "ageBand"] }, { events, patients })).toEqual([
      ["female/25-34", 1, 1],
      ["male/18-24", 0, 1],
    ]);
    expect(counts({ ...byId("oat-take-home"), disaggregations: ["facility"] }, { events })).toEqual([["N1", 1, 2]]);
    const contacts = [
      { patientId: "P1", providerId: "D1", facilityId: "S1", date: "2020-03-01", contactType: "emergency-visit" as const },
      { patientId: "P1", providerId: "D1", facilityId: "N1", date: "2020-03-05", contactType: "telemedicine" as const },
      { patientId: "P2", providerId: "D1", facilityId: "N1", date: "2020-03-05", contactType: "in-person-visit" as const },
      { patientId: "P2", providerId: "D1", facilityId: "N1", date: "2020-12-30", contactType: "inpatient-discharge" as const }, // window open at the data end
    ];
    expect(counts({ ...byId("remote-contacts"), disaggregations: ["facility"] }, { contacts })).toEqual([
      ["N1", 1, 3],
      ["S1", 0, 1],
    ]);
    expect(counts({ ...byId("follow-up-7d"), disaggregations: ["region"] }, { contacts })).toEqual([["South", 1, 1]]);
  });

  it("accreditation of facilities from their last report in the period", () => {
    const report = (visitDate: string, outcome: string | null) => ({ visitDate, decision: { outcome, ruleIndex: null, reasons: [] } }) as never;
    const assessmentReports = [
      { facilityId: "N1", report: report("2020-03-01", "not-accredited") },
      { facilityId: "N1", report: report("2020-09-01", "accredited") },
      { facilityId: "S1", report: report("2020-05-01", "conditional") },
      { facilityId: "S1", report: report("2019-05-01", "accredited") }, // before the period
    ];
    expect(counts({ ...byId("facilities-accredited"), disaggregations: ["region"] }, { assessmentReports })).toEqual([
      ["North", 1, 1],
      ["South", 0, 1],
    ]);
    expect(() => computeIndicator({ ...byId("facilities-accredited"), disaggregations: ["sex"] }, {}, { period: year })).toThrow(/facility and region only/);
  });

  it("reports records the engines reject and counts the rest", () => {
    const computation = computeIndicator(byId("oat-pdc-80"), { events: [{ patientId: "P1", date: "2020-02-30", duration: 30 }, { patientId: "P2", date: "2020-01-01", duration: 366 }, { patientId: "P2", date: "2020-02-01", duration: 1 }] }, { period: year });
    expect(computation.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["events.0.date invalid_date"]);
    expect(indicatorProportions(computation.result).map((cell) => [cell.numerator, cell.denominator])).toEqual([[1, 1]]);
    expect(() => computeIndicator({ ...byId("oat-pdc-80"), disaggregations: ["district" as never] }, {}, { period: year })).toThrow(/disaggregations/);
  });

  it("names every built-in indicator by a stable id, in English and in Russian", () => {
    expect(BUILT_IN_INDICATORS.map((indicator) => indicator.id)).toEqual([
      "oat-retention-6m",
      "oat-retention-12m",
      "oat-pdc-80",
      "follow-up-7d",
      "follow-up-30d",
      "initiation-14d",
      "engagement-34d",
      "oat-take-home",
      "remote-contacts",
      "facilities-accredited",
    ]);
    expect(BUILT_IN_INDICATORS.map((indicator) => indicator.title.en)).toEqual([
      "Retained in OAT 6 months after entry",
      "Retained in OAT 12 months after entry",
      "OAT patients with a proportion of days covered of 80% or more",
      "Follow-up within 7 days after an emergency visit or a discharge",
      "Follow-up within 30 days after an emergency visit or a discharge",
      "New treatment episodes initiated within 14 days",
      "New treatment episodes initiated and engaged within 34 days after initiation",
      "OAT patients receiving take-home doses",
      "Contacts by telemedicine or telephone",
      "Assessed facilities accredited",
    ]);
    for (const indicator of BUILT_IN_INDICATORS) expect(indicator.title["ru"]).toMatch(/^[А-ЯЁ][а-яёА-ЯЁ0-9%, -]+$/);
  });

  it("says what each measure counts", () => {
    expect(Object.fromEntries(BUILT_IN_INDICATORS.map((indicator) => [indicator.measure.kind, indicatorSubject(indicator.measure)]))).toEqual({
      retention: "patients",
      "pdc-at-least": "patients",
      "take-home": "patients",
      initiation: "episodes",
      engagement: "episodes",
      "follow-up": "events",
      "remote-contacts": "contacts",
      accredited: "facilities",
    });
  });

  it("computes every built-in indicator on empty data", () => {
    for (const definition of BUILT_IN_INDICATORS) {
      const disaggregations = definition.measure.kind === "accredited" ? [] : (["modality"] as const);
      const computation = computeIndicator({ ...definition, disaggregations }, {}, { period: year });
      expect([computation.result.cells, computation.issues], definition.id).toEqual([[], []]);
    }
  });

  it("initiation and engagement count new episodes, by the episode's facility and modality", () => {
    const episodes = [
      { id: "E1", patientId: "P1", facilityId: "N1", modality: "outpatient", admissionDate: "2020-03-01" },
      { id: "E2", patientId: "P2", facilityId: "S1", modality: "short-term-inpatient", admissionDate: "2020-03-01" }, // initiates itself
      { id: "E3", patientId: "P3", facilityId: "N1", modality: "outpatient", admissionDate: "2020-12-28" }, // window open at the data end
      { id: "E4", patientId: "P4", facilityId: "N1", modality: "outpatient", admissionDate: "2020-06-01" }, // never initiated
    ] as const;
    const contacts = [
      { patientId: "P1", providerId: "D1", date: "2020-03-10", contactType: "in-person-visit" }, // initiation, day 9
      { patientId: "P1", providerId: "D1", date: "2020-03-20", contactType: "telemedicine" },
      { patientId: "P1", providerId: "D1", date: "2020-04-01", contactType: "in-person-visit" }, // second contact after initiation: engaged
      { patientId: "P2", providerId: "D2", date: "2020-03-15", contactType: "in-person-visit" }, // one contact: not engaged
    ] as const;
    const data = { episodes, contacts };
    expect(counts({ ...byId("initiation-14d"), disaggregations: ["region", "modality"] }, data)).toEqual([
      ["North/outpatient", 1, 2],
      ["South/short-term-inpatient", 1, 1],
    ]);
    expect(counts({ ...byId("engagement-34d"), disaggregations: ["facility"] }, data)).toEqual([
      ["N1", 1, 2],
      ["S1", 0, 1],
    ]);
    const bad = computeIndicator(byId("initiation-14d"), { episodes: [{ ...episodes[0], admissionDate: "2020-02-31" }], contacts }, { period: year });
    expect(bad.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["episodes.0.admissionDate invalid_date"]);
  });

  it("gives patients, index events and contacts the modality of the episode open on their day, at the same facility first", () => {
    const episodes = [
      { id: "E1", patientId: "P1", facilityId: "S1", modality: "long-term-residential", admissionDate: "2020-01-01" },
      { id: "E2", patientId: "P1", facilityId: "N1", modality: "outpatient", admissionDate: "2019-06-01" }, // same facility as the contact: preferred
      { id: "E3", patientId: "P2", facilityId: "N1", modality: "outpatient", admissionDate: "2019-01-01", dischargeDate: "2019-12-31" }, // closed before
      { id: "E4", patientId: "P3", facilityId: "N1", modality: "outpatient", admissionDate: "2020-13-01" }, // unusable, reported
    ] as const;
    const contacts = [
      { patientId: "P1", providerId: "D", facilityId: "N1", date: "2020-02-01", contactType: "telemedicine" },
      { patientId: "P2", providerId: "D", facilityId: "N1", date: "2020-02-01", contactType: "telephone" },
      { patientId: "P3", providerId: "D", facilityId: "N1", date: "2020-02-01", contactType: "in-person-visit" },
    ] as const;
    const computation = computeIndicator({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts, episodes, facilities }, { period: year });
    expect(computation.result.cells.map((cell) => [cell.key["modality"], cell.numerator, cell.denominator])).toEqual([
      ["outpatient", 1, 1],
      ["unknown", 1, 2],
    ]);
    expect(computation.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["episodes.3.admissionDate invalid_date"]);
  });

  it("keeps the sum of the PDC values, for the mean", () => {
    const events = [
      { patientId: "P1", date: "2020-01-01", duration: 183 }, // 183 of 366 days
      { patientId: "P1", date: "2020-12-01", duration: 31 }, // 214 of 366
      { patientId: "P2", date: "2020-01-01", duration: 366 },
      { patientId: "P2", date: "2020-06-01", duration: 1 }, // all 366
    ];
    const [cell] = indicatorProportions(computeIndicator(byId("oat-pdc-80"), { events }, { period: year }).result);
    expect(cell?.mean).toBeCloseTo((214 / 366 + 1) / 2, 14);
  });

  it("takes the period from the definition, and over named periods computes each on its own", () => {
    const contacts = [
      { patientId: "P1", providerId: "D", date: "2020-02-01", contactType: "in-person-visit" },
      { patientId: "P1", providerId: "D", date: "2020-04-01", contactType: "telemedicine" },
      { patientId: "P1", providerId: "D", date: "2020-04-02", contactType: "telephone" },
      { patientId: "P1", providerId: "D", date: "2020-08-01", contactType: "in-person-visit" },
      { patientId: "P1", providerId: "D", date: "2020-08-02", contactType: "telephone" },
    ] as const;
    const remote = { ...byId("remote-contacts"), period: year };
    expect(computeIndicator(remote, { contacts }).result.cells).toEqual([{ key: {}, numerator: 3, denominator: 5 }]);
    const periods = { before: { start: "2020-01-01", end: "2020-03-15" }, during: { start: "2020-03-16", end: "2020-06-30" }, after: { start: "2020-07-01", end: "2020-12-31" } };
    const byPeriod = computeIndicatorOverPeriods(remote, { contacts }, periods);
    expect(Object.keys(byPeriod)).toEqual(["before", "during", "after"]);
    expect(Object.values(byPeriod).map(({ result }) => [result.period.start, result.cells[0]?.numerator, result.cells[0]?.denominator])).toEqual([
      ["2020-01-01", 0, 1],
      ["2020-03-16", 2, 2],
      ["2020-07-01", 1, 2],
    ]);
    expect(() => computeIndicator(byId("remote-contacts"), { contacts })).toThrow(/no period/);
    expect(() => computeIndicatorOverPeriods(remote, { contacts }, {})).toThrow(/no period/);
    expect(() => computeIndicator({ ...remote, disaggregations: ["sex", "sex"] }, { contacts })).toThrow(/once/);
  });
});

describe("computeIndicator: the results of disjoint parts merge into the result of the whole", () => {
  const patientArb = fc.record({
    facility: fc.constantFrom("N1", "S1"),
    start: fc.integer({ min: 0, max: 300 }),
    fills: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 30 }), duration: fc.integer({ min: 7, max: 28 }), takeHome: fc.boolean() }), { minLength: 1, maxLength: 12 }),
  });
  const eventsOf = (patients: readonly { facility: string; start: number; fills: readonly { gap: number; duration: number; takeHome: boolean }[] }[], offset: number): MedicationEvent[] =>
    patients.flatMap((patient, index) => {
      let day = isoDateToDayNumber("2020-01-01") + patient.start;
      return patient.fills.map((fill) => {
        const event: MedicationEvent = { patientId: `P${offset + index}`, facilityId: patient.facility, date: dayNumberToIsoDate(day), duration: fill.duration, dispensingMode: fill.takeHome ? "take-home" : "supervised" };
        day += fill.duration + fill.gap;
        return event;
      });
    });

  it.each(["oat-retention-6m", "oat-pdc-80", "oat-take-home"])("%s", (id) => {
    const definition = { ...byId(id), disaggregations: ["region"] as const };
    fc.assert(
      fc.property(fc.array(patientArb, { maxLength: 8 }), fc.array(patientArb, { maxLength: 8 }), (a, b) => {
        const [eventsA, eventsB] = [eventsOf(a, 0), eventsOf(b, 100)];
        const options = { period: year, dataEnd: "2021-06-30" };
        const whole = computeIndicator(definition, { events: [...eventsA, ...eventsB], facilities }, options).result;
        const parts = mergeIndicatorResults(computeIndicator(definition, { events: eventsA, facilities }, options).result, computeIndicator(definition, { events: eventsB, facilities }, options).result);
        // Counts exactly; sums (the PDC) to 1e-12 relative.
        const withoutSums = (result: IndicatorResult) => result.cells.map(({ sum: _sum, sumCompensation: _compensation, ...counts }) => counts);
        expect(withoutSums(parts)).toEqual(withoutSums(whole));
        parts.cells.forEach((cell, index) => {
          const exact = whole.cells[index]!;
          if (cell.sum !== undefined) expect(Math.abs(cell.sum + cell.sumCompensation! - (exact.sum! + exact.sumCompensation!))).toBeLessThanOrEqual(1e-12 * exact.sum!);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("computeIndicator: contacts and episodes of disjoint patients merge too", () => {
  const types = ["in-person-visit", "telemedicine", "telephone", "emergency-visit", "inpatient-discharge"] as const;
  const patientArb = fc.record({
    facility: fc.constantFrom("N1", "S1"),
    episodes: fc.array(fc.record({ day: fc.integer({ min: 0, max: 380 }), modality: fc.constantFrom("outpatient", "short-term-inpatient") }), { maxLength: 3 }),
    contacts: fc.array(fc.record({ day: fc.integer({ min: 0, max: 380 }), type: fc.constantFrom(...types) }), { maxLength: 10 }),
  });
  type Generated = typeof patientArb extends fc.Arbitrary<infer T> ? T : never;
  const dataOf = (patients: readonly Generated[], offset: number) => {
    const dateOf = (day: number) => dayNumberToIsoDate(isoDateToDayNumber("2020-01-01") + day);
    return {
      facilities,
      episodes: patients.flatMap((patient, index) => patient.episodes.map((episode, each) => ({ id: `E${each}`, patientId: `P${offset + index}`, facilityId: patient.facility, modality: episode.modality, admissionDate: dateOf(episode.day) }))),
      contacts: patients.flatMap((patient, index) => patient.contacts.map((contact) => ({ patientId: `P${offset + index}`, providerId: "D", facilityId: patient.facility, date: dateOf(contact.day), contactType: contact.type }))),
    };
  };

  it.each(["initiation-14d", "engagement-34d", "follow-up-30d", "remote-contacts"])("%s", (id) => {
    const definition = { ...byId(id), disaggregations: ["region", "modality"] as const };
    fc.assert(
      fc.property(fc.array(patientArb, { maxLength: 6 }), fc.array(patientArb, { maxLength: 6 }), (a, b) => {
        const options = { period: year, dataEnd: "2021-01-15" };
        const [dataA, dataB] = [dataOf(a, 0), dataOf(b, 100)];
        const whole = computeIndicator(definition, { facilities, episodes: [...dataA.episodes, ...dataB.episodes], contacts: [...dataA.contacts, ...dataB.contacts] }, options).result;
        expect(mergeIndicatorResults(computeIndicator(definition, dataA, options).result, computeIndicator(definition, dataB, options).result)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe("computeIndicator: bad records are reported, never thrown", () => {
  it("reports bad dates of events, contacts and exits, and keeps the first dispensing by date for take-home", () => {
    const events: MedicationEvent[] = [
      { patientId: "P1", facilityId: "S1", date: "2020-05-01", duration: 14, dispensingMode: "take-home" },
      { patientId: "P1", facilityId: "N1", date: "2020-03-01", duration: 14, dispensingMode: "supervised" }, // earlier: P1 counts at N1
      { patientId: "P2", facilityId: "N1", date: "2020-02-30", duration: 14, dispensingMode: "supervised" },
    ];
    const takeHome = computeIndicator({ ...byId("oat-take-home"), disaggregations: ["facility"] }, { events, facilities }, { period: year });
    expect(takeHome.result.cells.map((cell) => [cell.key["facility"], cell.numerator, cell.denominator])).toEqual([["N1", 1, 1]]);
    expect(takeHome.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["events.2.date invalid_date"]);
    const remote = computeIndicator(byId("remote-contacts"), { contacts: [{ patientId: "P1", providerId: "D", date: "2020-13-01", contactType: "telephone" }] }, { period: year });
    expect(remote.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["contacts.0.date invalid_date"]);
    const retention = computeIndicator(byId("oat-retention-6m"), { events: events.slice(0, 2), exits: [{ patientId: "P1", date: "2020-04-31", reason: "death" }] }, { period: year });
    expect(retention.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["exits.0.date invalid_date"]);
  });
});

describe("computeIndicator at the edges of its data", () => {
  const dateMessage = (value: string, consequence: string) => `Expected a calendar date (YYYY-MM-DD) from 1900-01-01 to 2199-12-31, got "${value}"; ${consequence}`;

  it("counts a record dated on the first and the last day of the period, and none outside it", () => {
    const contacts = ["2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01"].map((date) => ({ patientId: "P1", providerId: "D", date, contactType: "telephone" as const }));
    expect(counts(byId("remote-contacts"), { contacts })).toEqual([["", 2, 2]]);
    const events = ["2019-12-31", "2020-12-31", "2021-01-01"].map((date, index) => ({ patientId: `P${index}`, date, duration: 1, dispensingMode: "take-home" as const }));
    expect(counts(byId("oat-take-home"), { events })).toEqual([["", 1, 1]]);
  });

  it("reports an unusable date with its path and what was done, and leaves the record out", () => {
    const remote = computeIndicator(byId("remote-contacts"), { contacts: [{ patientId: "P1", providerId: "D", date: "2020-13-01", contactType: "telephone" }] }, { period: year });
    expect(remote.issues).toEqual([{ path: ["contacts", 0, "date"], code: "invalid_date", message: dateMessage("2020-13-01", "the record is left out.") }]);
    const report = (visitDate: string, outcome: string) => ({ visitDate, decision: { outcome, ruleIndex: null, reasons: [] } }) as never;
    const accredited = computeIndicator(byId("facilities-accredited"), { assessmentReports: [{ facilityId: "N1", report: report("2020-02-30", "accredited") }] }, { period: year });
    expect([paths(accredited), accredited.result.cells]).toEqual([["assessmentReports.0.report.visitDate invalid_date"], []]);
    const episodes = [{ id: "E1", patientId: "P1", facilityId: "N1", modality: "outpatient", admissionDate: "2020-01-01", dischargeDate: "2020-02-30" }] as const;
    const contacts = [{ patientId: "P1", providerId: "D", facilityId: "N1", date: "2020-02-01", contactType: "telephone" as const }];
    const modality = computeIndicator({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts, episodes }, { period: year });
    expect(modality.issues).toEqual([{ path: ["episodes", 0, "dischargeDate"], code: "invalid_date", message: dateMessage("2020-02-30", "the episode gives no modality.") }]);
    expect(modality.result.cells.map((cell) => cell.key["modality"])).toEqual(["unknown"]);
  });

  it("gives a subject the episode open on its day: admitted that day or before, discharged that day or after", () => {
    const episode = (id: string, modality: TreatmentEpisode["modality"], admissionDate: string, dischargeDate?: string) => ({ id, patientId: id, facilityId: "N1", modality, admissionDate, ...(dischargeDate === undefined ? {} : { dischargeDate }) });
    const episodes = [
      episode("P1", "outpatient", "2020-02-01"), // admitted on the contact's day
      episode("P2", "short-term-inpatient", "2020-01-01", "2020-02-01"), // discharged on the contact's day
      episode("P3", "long-term-residential", "2020-01-01", "2020-01-31"), // discharged the day before
      episode("P4", "community-outreach", "2020-02-02"), // admitted the day after
    ];
    const contacts = ["P1", "P2", "P3", "P4"].map((patientId) => ({ patientId, providerId: "D", facilityId: "N1", date: "2020-02-01", contactType: "telephone" as const }));
    expect(counts({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts, episodes })).toEqual([
      ["outpatient", 1, 1],
      ["short-term-inpatient", 1, 1],
      ["unknown", 2, 2],
    ]);
  });

  it("prefers the episode at the subject's facility, then the latest admission, then the first in input order", () => {
    const contact = (patientId: string) => ({ patientId, providerId: "D", facilityId: "N1", date: "2020-06-01", contactType: "telephone" as const });
    // Each modality stands for one kind of episode: at the contact's facility (N1) or elsewhere, admitted earlier or later.
    const [hereOlder, hereLater, elsewhereOlder, elsewhereLater, hereFirst, hereSecond] = ["outpatient", "short-term-inpatient", "community-outreach", "long-term-residential", "recovery-management", "screening-brief-intervention"] as const;
    const episodes = [
      // P1: the older episode at N1 wins over a later one at S1, whichever comes first.
      { id: "E1", patientId: "P1", facilityId: "S1", modality: elsewhereLater, admissionDate: "2020-03-01" },
      { id: "E2", patientId: "P1", facilityId: "N1", modality: hereOlder, admissionDate: "2020-01-01" },
      { id: "E3", patientId: "P2", facilityId: "N1", modality: hereOlder, admissionDate: "2020-01-01" },
      { id: "E4", patientId: "P2", facilityId: "S1", modality: elsewhereLater, admissionDate: "2020-03-01" },
      // P3: both at N1, the later admission wins, in either order.
      { id: "E5", patientId: "P3", facilityId: "N1", modality: hereLater, admissionDate: "2020-03-01" },
      { id: "E6", patientId: "P3", facilityId: "N1", modality: hereOlder, admissionDate: "2020-01-01" },
      { id: "E7", patientId: "P4", facilityId: "N1", modality: hereOlder, admissionDate: "2020-01-01" },
      { id: "E8", patientId: "P4", facilityId: "N1", modality: hereLater, admissionDate: "2020-03-01" },
      // P5: neither at N1, the later wins; P6: same day, same facility, the first wins.
      { id: "E9", patientId: "P5", facilityId: "S1", modality: elsewhereLater, admissionDate: "2020-03-01" },
      { id: "E10", patientId: "P5", facilityId: "S1", modality: elsewhereOlder, admissionDate: "2020-01-01" },
      { id: "E11", patientId: "P6", facilityId: "N1", modality: hereFirst, admissionDate: "2020-01-01" },
      { id: "E12", patientId: "P6", facilityId: "N1", modality: hereSecond, admissionDate: "2020-01-01" },
    ];
    const contacts = ["P1", "P2", "P3", "P4", "P5", "P6"].map(contact);
    const computation = computeIndicator({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts, episodes, facilities }, { period: year });
    expect(computation.result.cells.map((cell) => [cell.key["modality"], cell.denominator])).toEqual([
      [elsewhereLater, 1],
      [hereOlder, 2],
      [hereFirst, 1],
      [hereLater, 2],
    ]);
    // A contact without a facility prefers no episode for its facility: the latest admission.
    const noFacility = computeIndicator({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts: [{ ...contact("P1"), facilityId: undefined }], episodes }, { period: year });
    expect(noFacility.result.cells.map((cell) => cell.key["modality"])).toEqual([elsewhereLater]);
  });

  it("places a patient where the first record of its entry day was, in input order", () => {
    const events: MedicationEvent[] = [
      { patientId: "P1", facilityId: "S1", date: "2020-01-06", duration: 14 },
      { patientId: "P1", facilityId: "N1", date: "2020-01-06", duration: 14 },
      ...Array.from({ length: 20 }, (_, fill): MedicationEvent => ({ patientId: "P1", facilityId: "N1", date: dayNumberToIsoDate(isoDateToDayNumber("2020-01-20") + 14 * fill), duration: 14 })),
    ];
    const definition = { ...byId("oat-retention-6m"), disaggregations: ["facility"] as const };
    expect(counts(definition, { events }, { period: year, dataEnd: "2021-06-30" } as never)).toEqual([["S1", 1, 1]]);
    expect(counts({ ...byId("oat-pdc-80"), disaggregations: ["facility"] }, { events })).toEqual([["S1", 1, 1]]);
    // Take-home: the first dispensing by date, and on a tie the first in input order.
    const tie: MedicationEvent[] = [
      { patientId: "P1", facilityId: "S1", date: "2020-03-01", duration: 1, dispensingMode: "supervised" },
      { patientId: "P1", facilityId: "N1", date: "2020-03-01", duration: 1, dispensingMode: "take-home" },
    ];
    expect(counts({ ...byId("oat-take-home"), disaggregations: ["facility"] }, { events: tie })).toEqual([["S1", 1, 1]]);
  });

  it("leaves out records that cannot be a subject, without an issue: no dispensing mode, no contact type, no facility", () => {
    const events = [
      { patientId: "P1", date: "2020-03-01", duration: 1 },
      { patientId: 7, date: "2020-03-01", duration: 1, dispensingMode: "take-home" },
      { patientId: "P2", date: "2020-03-01", duration: 1, dispensingMode: "supervised" },
    ] as never;
    const takeHome = computeIndicator(byId("oat-take-home"), { events }, { period: year });
    expect([takeHome.result.cells, takeHome.issues]).toEqual([[{ key: {}, numerator: 0, denominator: 1 }], []]);
    const contacts = [{ patientId: "P1", providerId: "D", date: "2020-03-01" }, { patientId: "P1", providerId: "D", date: "2020-03-02", contactType: "in-person-visit" }] as never;
    expect(counts(byId("remote-contacts"), { contacts })).toEqual([["", 0, 1]]);
    expect(counts({ ...byId("remote-contacts"), measure: { kind: "remote-contacts", contactTypes: ["in-person-visit"] } }, { contacts })).toEqual([["", 1, 1]]);
    const report = (visitDate: string, outcome: string) => ({ visitDate, decision: { outcome, ruleIndex: null, reasons: [] } }) as never;
    const assessmentReports = [{ facilityId: 3, report: report("2020-03-01", "accredited") }, { facilityId: "N1" }, undefined, { facilityId: "S1", report: report("2020-03-01", "accredited") }] as never;
    const accredited = computeIndicator(byId("facilities-accredited"), { assessmentReports }, { period: year });
    expect(accredited.result.cells).toEqual([{ key: {}, numerator: 1, denominator: 1 }]);
  });

  it("takes a facility's last report by visit date, and of two on the same day the later in input order", () => {
    const report = (visitDate: string, outcome: string) => ({ visitDate, decision: { outcome, ruleIndex: null, reasons: [] } }) as never;
    const assessmentReports = [
      { facilityId: "N1", report: report("2020-09-01", "not-accredited") },
      { facilityId: "N1", report: report("2020-09-01", "accredited") },
      { facilityId: "S1", report: report("2020-09-01", "accredited") },
      { facilityId: "S1", report: report("2020-03-01", "not-accredited") },
    ];
    expect(counts({ ...byId("facilities-accredited"), disaggregations: ["facility"] }, { assessmentReports })).toEqual([
      ["N1", 1, 1],
      ["S1", 1, 1],
    ]);
  });

  it("reports no issue for a patient who has no value, only for bad records", () => {
    const events = [{ patientId: "P1", date: "2020-03-01", duration: 14 }];
    const computation = computeIndicator(byId("oat-pdc-80"), { events }, { period: year });
    expect([computation.issues, computation.result.cells]).toEqual([[], []]);
  });

  it("counts an episode once when its id appears twice, at the facility of the first", () => {
    const episodes = [
      { id: "E1", patientId: "P1", facilityId: "N1", modality: "outpatient", admissionDate: "2020-03-01" },
      { id: "E1", patientId: "P1", facilityId: "S1", modality: "outpatient", admissionDate: "2020-03-01" },
    ] as const;
    const contacts = [{ patientId: "P1", providerId: "D", date: "2020-03-05", contactType: "in-person-visit" as const }];
    expect(counts({ ...byId("initiation-14d"), disaggregations: ["facility"] }, { episodes, contacts })).toEqual([["N1", 1, 1]]);
  });

  it("bands ages on the period's first day, birthdays that day included, with open bands at both ends", () => {
    const remote = { ...byId("remote-contacts"), disaggregations: ["ageBand"] as const };
    const people = [
      ["P1", "2002-01-01"], // 18 that day
      ["P2", "2002-01-02"], // 17 until the next day
      ["P3", "1955-01-01"], // 65
      ["P4", "1955-01-02"], // 64
      ["P5", "2020-06-01"], // born after the first day: unknown
      ["P6", "2001-02-29"], // not a date: unknown
      ["P7", undefined], // no birth date: unknown
      ["P9", "2020-01-01"], // born on the first day: 0, not unknown
    ] as const;
    const contacts = [...people.map(([patientId]) => patientId), "P8"].map((patientId) => ({ patientId, providerId: "D", date: "2020-06-15", contactType: "telephone" as const }));
    const patients = people.map(([patientId, birthDate]) => ({ patientId, ...(birthDate === undefined ? {} : { birthDate }) }));
    expect(counts(remote, { contacts, patients })).toEqual([
      ["18-24", 1, 1],
      ["55-64", 1, 1],
      ["65+", 1, 1],
      ["<18", 2, 2], // P2 and P9; cells come in the order of their keys' text, and "<" sorts after the digits
      ["unknown", 4, 4], // P5, P6, P7, and P8 who has no patient record
    ]);
    const custom = computeIndicator(remote, { contacts, patients }, { period: year, ageBands: [40] });
    expect(custom.result.cells.map((cell) => [cell.key["ageBand"], cell.denominator])).toEqual([
      ["40+", 2],
      ["<40", 3],
      ["unknown", 4],
    ]);
  });

  it("gives sex and region as unknown where the patient or facility is not on record", () => {
    const contacts = [
      { patientId: "P1", providerId: "D", facilityId: "N1", date: "2020-03-01", contactType: "telephone" as const },
      { patientId: "P2", providerId: "D", facilityId: "X9", date: "2020-03-01", contactType: "telephone" as const },
      { patientId: "P3", providerId: "D", date: "2020-03-01", contactType: "telephone" as const },
    ];
    // Records that are not objects are skipped, and a patient or facility without an id matches no subject without one.
    const patients = [null, "P2", { patientId: "P1", sex: "female" }, { sex: "male" }] as never;
    const withoutId = [null, 7, ...facilities, { name: "no id", region: "East" }] as never;
    expect(counts({ ...byId("remote-contacts"), disaggregations: ["region", "sex"] }, { contacts: [...contacts, { ...contacts[2]!, patientId: undefined }] as never, patients, facilities: withoutId })).toEqual([
      ["North/female", 1, 1],
      ["unknown/unknown", 3, 3],
    ]);
  });

  it("looks up no episode unless a patient's subjects are broken down by modality", () => {
    const episodes = [{ id: "E1", patientId: "P1", facilityId: "N1", modality: "outpatient", admissionDate: "2020-02-30" }] as const;
    const contacts = [{ patientId: "P1", providerId: "D", facilityId: "N1", date: "2020-03-01", contactType: "telephone" as const }];
    expect(computeIndicator({ ...byId("remote-contacts"), disaggregations: ["facility"] }, { contacts, episodes }, { period: year }).issues).toEqual([]);
    expect(paths(computeIndicator({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts, episodes }, { period: year }))).toEqual(["episodes.0.admissionDate invalid_date"]);
  });

  it("throws for a definition or options that cannot be computed, naming what is wrong", () => {
    const remote = byId("remote-contacts");
    expect(() => computeIndicator({ ...remote, disaggregations: ["district" as never] }, {}, { period: year })).toThrow(
      "remote-contacts: disaggregations may be facility, region, sex, ageBand, medication, modality; got district.",
    );
    expect(() => computeIndicator({ ...remote, disaggregations: ["sex", "region", "sex"] }, {}, { period: year })).toThrow("remote-contacts: each disaggregation may be named once; got sex, region, sex.");
    expect(() => computeIndicator({ ...byId("facilities-accredited"), disaggregations: ["region", "facility", "modality"] }, {}, { period: year })).toThrow("facilities-accredited: facilities can be disaggregated by facility and region only.");
    expect(() => computeIndicator(remote, {}, { period: { start: "2020-01-01", end: "2019-12-31" } })).toThrow(/^period must be \{ start, end \}/);
    expect(() => computeIndicator(remote, {}, { period: year, dataEnd: "2020-02-30" })).toThrow('dataEnd must be a valid date (YYYY-MM-DD); got "2020-02-30".');
  });
});


describe("computeIndicator: records that are not records", () => {
  it("reports null entries in every list with their index, under every built-in indicator and breakdown, and never throws", () => {
    const data = { events: [null], contacts: [null], episodes: [null], exits: [null], patients: [null], facilities: [null], assessmentReports: [null] } as never;
    for (const definition of BUILT_IN_INDICATORS) {
      const disaggregations = definition.measure.kind === "accredited" ? (["facility", "region"] as const) : (["facility", "region", "sex", "ageBand", "medication", "modality"] as const);
      const computation = computeIndicator({ ...definition, disaggregations }, data, { period: year });
      expect(computation.result.cells, definition.id).toEqual([]);
      expect(computation.issues.length, definition.id).toBeGreaterThan(0);
      for (const each of computation.issues) expect(each.path[1], `${definition.id} ${each.path.join(".")}`).toBe(0);
    }
  });

  it("uses the good records beside a null one", () => {
    const contacts = [null, { patientId: "P1", providerId: "D", facilityId: "N1", date: "2020-03-01", contactType: "telephone" }] as never;
    const episodes = [null, { id: "E1", patientId: "P1", facilityId: "N1", modality: "outpatient", admissionDate: "2020-01-01" }] as never;
    const computation = computeIndicator({ ...byId("remote-contacts"), disaggregations: ["modality"] }, { contacts, episodes }, { period: year });
    expect(computation.result.cells).toEqual([{ key: { modality: "outpatient" }, numerator: 1, denominator: 1 }]);
    expect(paths(computation).sort()).toEqual(["contacts.0.date invalid_date", "episodes.0.admissionDate invalid_date"]);
    // A patient's place comes from its first record of the entry day, looked up among all events, the null one too.
    const events = [null, { patientId: "P1", facilityId: "N1", date: "2020-01-06", duration: 100 }, { patientId: "P1", facilityId: "N1", date: "2020-04-15", duration: 100 }] as never;
    for (const id of ["oat-retention-6m", "oat-pdc-80"]) {
      const place = computeIndicator({ ...byId(id), disaggregations: ["facility"] }, { events }, { period: year, dataEnd: "2021-06-30" });
      expect(place.result.cells.map((cell) => [cell.key["facility"], cell.denominator]), id).toEqual([["N1", 1]]);
    }
  });
});

describe("computeIndicator: subjects at the data end, and where issues point", () => {
  it("leaves out an index event whose follow-up window is still open at the data end", () => {
    const contacts = [
      { patientId: "P1", providerId: "D", facilityId: "N1", date: "2020-12-28", contactType: "emergency-visit" as const }, // 7 days run to 4 January
      { patientId: "P2", providerId: "D", facilityId: "N1", date: "2020-12-01", contactType: "emergency-visit" as const },
    ];
    expect(counts(byId("follow-up-7d"), { contacts })).toEqual([["", 0, 1]]);
  });

  it("points an engine's issue at the list its record came from", () => {
    const retention = computeIndicator(byId("oat-retention-6m"), { events: [{ patientId: "P1", date: "2020-02-30", duration: 30 }] }, { period: year });
    expect(paths(retention)).toEqual(["events.0.date invalid_date"]);
    const followUp = computeIndicator(byId("follow-up-7d"), { contacts: [{ patientId: "P1", providerId: "D", date: "2020-02-30", contactType: "emergency-visit" }] }, { period: year });
    expect(paths(followUp)).toEqual(["contacts.0.date invalid_date"]);
  });

  it("counts a PDC of exactly the threshold as meeting it", () => {
    // 23 September to 1 November and 22 November to 31 December: 80 of the 100 days from the first dispensing to the period's end.
    const events = [
      { patientId: "P1", date: "2020-09-23", duration: 40 },
      { patientId: "P1", date: "2020-11-22", duration: 40 },
    ];
    const [cell] = indicatorProportions(computeIndicator(byId("oat-pdc-80"), { events }, { period: year }).result);
    expect([cell?.numerator, cell?.denominator, cell?.mean]).toEqual([1, 1, 0.8]);
  });
});
