/**
 * Hostile input for every entry point that takes untrusted data: arbitrary JSON, wrong types, NaN,
 * Infinity, -0, huge and negative durations, dates like 0000-00-00 and 9999-12-31, 10 MB strings, deep nesting and
 * the keys __proto__, constructor and prototype. Each must return (never throw), give every problem
 * a path, and leave Object.prototype untouched.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  computeCma,
  computeIndicator,
  computeMedicationPossessionRatio,
  computePersistence,
  computeProportionOfDaysCovered,
  computeProviderContinuity,
  computeRetention,
  computeServiceDisruption,
  computeTreatmentEpisodes,
  defineFramework,
  defineRatingScale,
  fromFhirMeasureReport,
  fromFhirQuestionnaire,
  fromFhirQuestionnaireResponse,
  fromFhirResources,
  illustrativeNationalStandard,
  BUILT_IN_INDICATORS,
  parseDateWindow,
  parseFrameworkCsv,
  parseFrameworkJson,
  parseIsoDate,
  parsePeriod,
  RECORD_SCHEMAS,
  safeScoreAssessment,
  validateRecord,
  validateRecords,
  type Issue,
} from "../src/index.js";
import { LONGEST_ISSUE_MESSAGE } from "../src/_lib/issue.js";

// Thousands of hostile cases per entry point (in the gate's first time zone; the others cap every property at 100).
const RUNS = 2000;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Ten megabytes of text, in fields and as whole files. Given in one test of its own, not among the
 * random values: thousands of 10 MB values per property would take the suite from seconds to minutes.
 */
const TEN_MB = "7".repeat(10 * 1024 * 1024);
/** Values built to break things. */
const nastyScalar = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, 1.5, "", " ", "0000-00-00", "9999-12-31", "2020-02-30", "1900-01-01", "2199-12-31", "NaN", "null", null, undefined, true, [], {}, "__proto__", "constructor");
const nastyKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "patientId", "date", "duration", "id", "", "type", "class", "coding", "subject", "status", "period", "daysSupply", "dosageInstruction", "performer", "location", "extension", "item", "group");
const nastyObject = fc.dictionary(nastyKey, fc.oneof(nastyScalar, fc.anything({ maxDepth: 2 })), { maxKeys: 6 });
/** A JSON-parsed object whose own key is "__proto__": what an attacker's JSON gives. */
const protoJson = fc.constantFrom<unknown>(JSON.parse('{"__proto__": {"polluted": "yes"}}'), JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'), JSON.parse('[{"__proto__": {"polluted": "yes"}, "patientId": "P"}]'));
const deep = fc.integer({ min: 200, max: 2000 }).map((depth) => {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { nested: value } : [value];
  return value;
});
const hostile = fc.oneof({ weight: 4, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }) }, { weight: 4, arbitrary: nastyScalar }, { weight: 4, arbitrary: nastyObject }, { weight: 1, arbitrary: protoJson }, { weight: 1, arbitrary: deep });
/** A record that is almost an event: the right keys with hostile values. */
const eventLike = fc.record({ patientId: fc.oneof(fc.constantFrom("P1", "P2"), nastyScalar), date: fc.oneof(fc.constantFrom("2020-01-01", "2020-03-01"), nastyScalar), duration: fc.oneof(fc.integer({ min: -5, max: 40 }), nastyScalar, fc.constant(1e9)), medication: fc.oneof(fc.constant("N07BC02"), nastyScalar), dailyDose: fc.oneof(fc.double(), nastyScalar) }, { requiredKeys: [] });
const records = fc.array(fc.oneof({ weight: 3, arbitrary: eventLike }, { weight: 1, arbitrary: hostile }), { maxLength: 12 });

/** Every issue has a path that is an array of strings and numbers, and a code and a message. */
function wellFormed(issues: readonly Issue[]): void {
  for (const each of issues) {
    expect(Array.isArray(each.path)).toBe(true);
    for (const step of each.path) expect(["string", "number"]).toContain(typeof step);
    expect(typeof each.code).toBe("string");
    expect(typeof each.message).toBe("string");
    expect(each.message.length).toBeLessThanOrEqual(LONGEST_ISSUE_MESSAGE);
  }
}
const resultIssues = (result: { ok: boolean; issues?: readonly Issue[] }) => (result.ok ? [] : result.issues!);
const rowIssues = (rows: readonly { issues: readonly Issue[] }[]) => rows.flatMap((row) => row.issues);

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

// Each test runs thousands of cases: ten seconds or more under coverage on a busy 2-core machine.
const LONG = { timeout: 120_000 };

const metadata = { id: "x", version: "1", title: { en: "X" }, source: { document: "X", edition: "1", verified: true }, status: "illustrative" as const };

describe("hostile input: schemas and parsers", () => {
  it.each(Object.keys(RECORD_SCHEMAS))("validateRecord %s", LONG, (kind) => {
    fc.assert(fc.property(hostile, (value) => wellFormed(resultIssues(validateRecord(kind as never, value)))), { numRuns: RUNS });
  });

  it("validateRecords, parseIsoDate, parsePeriod, parseDateWindow, defineFramework, defineRatingScale", LONG, () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 5 }), (value, values) => {
        wellFormed(validateRecords("medicationEvent", values).issues);
        for (const parse of [parseIsoDate, parsePeriod, parseDateWindow, defineFramework, defineRatingScale]) wellFormed(resultIssues((parse as (input: unknown) => { ok: boolean; issues?: Issue[] })(value)));
      }),
      { numRuns: RUNS },
    );
  });

  it("parseFrameworkJson and parseFrameworkCsv on arbitrary text", LONG, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constantFrom('{"__proto__": {"polluted": true}}', "id,code\n1,\"2", "\uFEFF\u0000\r\r\n")), (text) => {
        wellFormed(resultIssues(parseFrameworkJson(text)));
        wellFormed(resultIssues(parseFrameworkCsv(text, { framework: metadata })));
      }),
      { numRuns: RUNS },
    );
  });

  it("every reader takes 10 MB of text in a field or as a whole file, and quotes at most a bounded part of it", LONG, () => {
    for (const text of [TEN_MB, `id,code\n${TEN_MB},x`, `"${TEN_MB}`, `{"id": "${TEN_MB}"}`]) {
      wellFormed(resultIssues(parseFrameworkJson(text)));
      wellFormed(resultIssues(parseFrameworkCsv(text, { framework: metadata })));
    }
    for (const kind of Object.keys(RECORD_SCHEMAS)) for (const value of [TEN_MB, { id: TEN_MB, patientId: TEN_MB, date: TEN_MB, name: TEN_MB }]) wellFormed(resultIssues(validateRecord(kind as never, value)));
    const huge = [{ patientId: TEN_MB, date: TEN_MB, duration: 10 }, { patientId: "P1", date: "2020-01-01", duration: TEN_MB, medication: TEN_MB }] as never;
    const window = { start: "2020-01-01", durationDays: 365 };
    wellFormed(rowIssues(computeCma(huge, { method: "CMA7", followUpWindow: window, observationWindow: window })));
    wellFormed(rowIssues(computeRetention(huge, { dataEnd: "2021-12-31", maximumGapDays: 7 })));
    const hugeData = { events: huge, contacts: huge, facilities: [{ id: TEN_MB, region: TEN_MB }] as never, episodes: huge, exits: huge };
    for (const definition of BUILT_IN_INDICATORS) wellFormed(computeIndicator(definition, hugeData, { period: { start: "2020-01-01", end: "2020-12-31" } }).issues);
    wellFormed(resultIssues(safeScoreAssessment(illustrativeNationalStandard, { id: TEN_MB, visitDate: TEN_MB, ratings: [{ criterionId: TEN_MB, level: TEN_MB, comment: TEN_MB }] }, { decisionRules: [{ outcome: TEN_MB }] })));
    wellFormed(fromFhirResources({ resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: TEN_MB } }, { resource: { resourceType: "Patient", id: TEN_MB } }] } as never).issues);
  });

  it("safeScoreAssessment with hostile assessments and policies", LONG, () => {
    fc.assert(fc.property(hostile, hostile, (assessment, policy) => wellFormed(resultIssues(safeScoreAssessment(illustrativeNationalStandard, assessment, policy)))), { numRuns: RUNS });
  });
});

describe("hostile input: engines", () => {
  const window = { followUpWindow: { start: "2020-01-01", durationDays: 365 }, observationWindow: { start: "2020-01-01", durationDays: 365 } };
  it("continuity engines give every patient a row and never throw on bad events", LONG, () => {
    fc.assert(
      fc.property(records, (events) => {
        const input = events as never;
        wellFormed(rowIssues(computeCma(input, { method: "CMA7", ...window })));
        wellFormed(rowIssues(computeTreatmentEpisodes(input, { followUpWindow: window.followUpWindow, maximumPermissibleGapDays: 30 })));
        wellFormed(rowIssues(computeProportionOfDaysCovered(input, { period: { start: "2020-01-01", end: "2020-12-31" } })));
        wellFormed(rowIssues(computeMedicationPossessionRatio(input, { period: { start: "2020-01-01", end: "2020-12-31" } })));
        wellFormed(rowIssues(computePersistence(input, { followUpWindow: window.followUpWindow, minimumDays: 90, maximumGapDays: 7 })));
        wellFormed(rowIssues(computeRetention(input, { dataEnd: "2021-12-31", maximumGapDays: 7 })));
        wellFormed(rowIssues(computeProviderContinuity(input, { period: { start: "2020-01-01", end: "2020-12-31" } })));
      }),
      { numRuns: RUNS },
    );
  });

  it("indicators and disruption never throw on bad records", LONG, () => {
    fc.assert(
      fc.property(records, fc.array(hostile, { maxLength: 4 }), (events, others) => {
        const data = { events: events as never, contacts: others as never, facilities: others as never, episodes: others as never, exits: others as never };
        for (const definition of BUILT_IN_INDICATORS) wellFormed(computeIndicator(definition, data, { period: { start: "2020-01-01", end: "2020-12-31" } }).issues);
        const disruption = computeServiceDisruption(others as never, others as never, { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] } });
        wellFormed(disruption.issues);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

describe("hostile input: FHIR in", () => {
  it("fromFhirResources, fromFhirQuestionnaireResponse and fromFhirMeasureReport", LONG, () => {
    fc.assert(
      fc.property(hostile, fc.array(fc.oneof(hostile, fc.record({ resourceType: fc.constantFrom("MedicationDispense", "Encounter", "EpisodeOfCare", "Organization", "HealthcareService", "Location", "Bundle") }).chain((base) => fc.dictionary(nastyKey, hostile, { maxKeys: 5 }).map((rest) => ({ ...rest, ...base })))), { maxLength: 6 }), (value, resources) => {
        wellFormed(fromFhirResources(resources as never).issues);
        wellFormed(fromFhirResources({ resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) } as never).issues);
        wellFormed(resultIssues(fromFhirQuestionnaireResponse(value as never, illustrativeNationalStandard)));
        wellFormed(resultIssues(fromFhirMeasureReport(value as never)));
        wellFormed(resultIssues(fromFhirQuestionnaire(value as never)));
        for (const resource of resources) {
          wellFormed(resultIssues(fromFhirQuestionnaireResponse({ ...(resource as object), resourceType: "QuestionnaireResponse" } as never, illustrativeNationalStandard)));
          wellFormed(resultIssues(fromFhirMeasureReport({ ...(resource as object), resourceType: "MeasureReport" } as never)));
          wellFormed(resultIssues(fromFhirQuestionnaire({ ...(resource as object), resourceType: "Questionnaire" } as never)));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
