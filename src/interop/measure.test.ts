import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fhirProblems } from "../../test/support/fhir-validator.js";
import { BUILT_IN_INDICATORS, computeIndicator, type IndicatorResult } from "../indicators/index.js";
import { generateSampleRegistry } from "../sample/index.js";
import { toDhis2DataValueSet } from "./dhis2-data-value-set.js";
import { fromFhirMeasureReport, toFhirMeasure, toFhirMeasureReport } from "./measure.js";

const registry = generateSampleRegistry({ seed: 3, patients: 150 });
const year = { start: "2020-01-01", end: "2020-12-31" };

describe("indicators as Measure", () => {
  it("gives every built-in indicator, disaggregated or not, a Measure the independent validator accepts", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      for (const disaggregations of [[], ["region", "sex"]] as const) {
        const measure = toFhirMeasure(indicator.measure.kind === "accredited" ? { ...indicator, disaggregations: disaggregations.filter((each) => each === "region") } : { ...indicator, disaggregations });
        expect(fhirProblems(measure), indicator.id).toEqual([]);
        expect(measure.group?.[0]?.population?.map((population) => population.code?.coding?.[0]?.code)).toEqual(["denominator", "numerator"]);
      }
    }
    const initiation = toFhirMeasure(BUILT_IN_INDICATORS.find((indicator) => indicator.id === "initiation-14d")!);
    expect(initiation.subjectCodeableConcept?.coding?.[0]?.code).toBe("EpisodeOfCare");
    expect(initiation.group?.[0]?.population?.[1]?.criteria.expression).toBe("Of those, episodes with treatment initiated within 14 days");
  });
});

describe("indicator results as MeasureReport", () => {
  const results: IndicatorResult[] = ["oat-retention-6m", "oat-pdc-80", "remote-contacts"].flatMap((id) =>
    [[], ["region"], ["region", "sex"]].map(
      (disaggregations) => computeIndicator({ ...BUILT_IN_INDICATORS.find((indicator) => indicator.id === id)!, disaggregations: disaggregations as never }, registry, { period: year, dataEnd: "2021-12-31" }).result,
    ),
  );

  it("writes valid summary reports whose counts add up, and reads them back unchanged (sums and survival counts too)", () => {
    for (const result of results) {
      const report = toFhirMeasureReport(result);
      expect(fhirProblems(report), result.indicatorId).toEqual([]);
      const numerator = report.group?.[0]?.population?.find((population) => population.code?.coding?.[0]?.code === "numerator")?.count;
      expect(numerator).toBe(result.cells.reduce((sum, cell) => sum + cell.numerator, 0));
      expect(fromFhirMeasureReport(report)).toEqual({ ok: true, value: result });
    }
  });

  it("scores as a percentage by default, as a proportion on request, and not at all for an empty denominator", () => {
    const result: IndicatorResult = { indicatorId: "x", period: year, dimensions: ["region"], cells: [{ key: { region: "North" }, numerator: 1, denominator: 4 }, { key: { region: "South" }, numerator: 0, denominator: 0 }] };
    const [north, south] = toFhirMeasureReport(result).group![0]!.stratifier![0]!.stratum!;
    expect(north?.measureScore).toEqual({ value: 25, unit: "%", system: "http://unitsofmeasure.org", code: "%" });
    expect(south?.measureScore).toBeUndefined();
    expect(toFhirMeasureReport(result, { unit: "proportion" }).group![0]!.measureScore?.value).toBe(0.25);
  });

  it("round-trips any result of whole counts", () => {
    const cellArb = fc.record({ region: fc.constantFrom("North", "South", "East"), sex: fc.constantFrom("female", "male"), numerator: fc.nat(50), extra: fc.nat(50) });
    fc.assert(
      fc.property(fc.uniqueArray(cellArb, { selector: (cell) => `${cell.region}|${cell.sex}`, maxLength: 6 }), (cells) => {
        const result: IndicatorResult = {
          indicatorId: "oat-take-home",
          period: year,
          dimensions: ["region", "sex"],
          cells: cells.map(({ region, sex, numerator, extra }) => ({ key: { region, sex }, numerator, denominator: numerator + extra })).sort((a, b) => (JSON.stringify([a.key.region, a.key.sex]) < JSON.stringify([b.key.region, b.key.sex]) ? -1 : 1)),
        };
        const back = fromFhirMeasureReport(toFhirMeasureReport(result));
        expect(back).toEqual({ ok: true, value: result });
      }),
      { numRuns: 200 },
    );
  });

  it("round-trips the edge cases too: an id FHIR could not hold, a lone 0/0 cell, no cells at all", () => {
    const edge = (result: IndicatorResult) => expect(fromFhirMeasureReport(toFhirMeasureReport(result))).toEqual({ ok: true, value: result });
    edge({ indicatorId: "national_oat:retention 6m", period: year, dimensions: [], cells: [{ key: {}, numerator: 0, denominator: 0, survival: { "30": { events: 0, censored: 1 } } }] });
    edge({ indicatorId: "x", period: year, dimensions: [], cells: [{ key: {}, numerator: 0, denominator: 0 }] });
    edge({ indicatorId: "x", period: year, dimensions: [], cells: [] });
    edge({ indicatorId: "x", period: year, dimensions: ["region", "sex"], cells: [] });
    expect(fhirProblems(toFhirMeasureReport({ indicatorId: "x", period: year, dimensions: ["region"], cells: [] }))).toEqual([]);
  });

  it("matches the Measure's stratifier: one, with a component per disaggregation", () => {
    const definition = { ...BUILT_IN_INDICATORS.find((indicator) => indicator.id === "oat-take-home")!, disaggregations: ["region", "sex"] as const };
    const measure = toFhirMeasure(definition);
    expect(measure.group?.[0]?.stratifier?.map((stratifier) => stratifier.component?.map((component) => component.code?.coding?.[0]?.code))).toEqual([["region", "sex"]]);
    const report = toFhirMeasureReport(computeIndicator(definition, registry, { period: year }).result);
    expect(report.group?.[0]?.stratifier?.map((stratifier) => stratifier.code?.map((code) => code.coding?.[0]?.code))).toEqual([["region", "sex"]]);
    expect(report.group?.[0]?.stratifier?.[0]?.stratum?.[0]?.component?.map((component) => component.code.coding?.[0]?.code)).toEqual(["region", "sex"]);
  });

  it("reports what it cannot read, with paths", () => {
    const report = toFhirMeasureReport(results[1]!);
    const broken = { ...report, group: [{ ...report.group![0]!, stratifier: [{ ...report.group![0]!.stratifier![0]!, stratum: [{ value: { text: "North" }, population: [{ count: 3 }] }] }] }] };
    const read = fromFhirMeasureReport(broken);
    expect(read.ok ? [] : read.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["group.0.stratifier.0.stratum.0.population missing", "group.0.stratifier.0.stratum.0.population missing"]);
    const inverted = { ...report, group: [{ ...report.group![0]!, stratifier: [{ ...report.group![0]!.stratifier![0]!, stratum: [{ value: { text: "North" }, population: [{ code: { coding: [{ code: "numerator" }] }, count: 5 }, { code: { coding: [{ code: "denominator" }] }, count: 3 }] }] }] }] };
    expect(fromFhirMeasureReport(inverted).ok).toBe(false);
    expect(fromFhirMeasureReport({ resourceType: "Measure" } as never).ok).toBe(false);
    const individual = fromFhirMeasureReport({ ...report, type: "individual", group: [report.group![0]!, report.group![0]!] });
    expect(individual.ok ? [] : individual.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["type invalid_value", "group.1 not_carried"]);
  });
});

describe("DHIS2 data value sets", () => {
  const result: IndicatorResult = {
    indicatorId: "oat-take-home",
    period: { start: "2020-04-01", end: "2020-06-30" },
    dimensions: ["region", "sex"],
    cells: [
      { key: { region: "North", sex: "female" }, numerator: 3, denominator: 5 },
      { key: { region: "North", sex: "male" }, numerator: 40, denominator: 61 },
      { key: { region: "West", sex: "male" }, numerator: 7, denominator: 9 },
    ],
  };
  const mapping = { dataElements: { numerator: "DE_NUM00001", denominator: "DE_DEN00001" }, orgUnit: { dimension: "region", units: { North: "OU_NORTH001" } }, categoryOptionCombos: { female: "COC_FEMALE1", male: "COC_MALE001" } };

  it("exports the counts of each mapped cell and reports the others", () => {
    const { dataValueSet, issues } = toDhis2DataValueSet(result, mapping);
    expect(dataValueSet.dataValues).toEqual([
      { dataElement: "DE_NUM00001", period: "2020Q2", orgUnit: "OU_NORTH001", categoryOptionCombo: "COC_FEMALE1", value: "3" },
      { dataElement: "DE_DEN00001", period: "2020Q2", orgUnit: "OU_NORTH001", categoryOptionCombo: "COC_FEMALE1", value: "5" },
      { dataElement: "DE_NUM00001", period: "2020Q2", orgUnit: "OU_NORTH001", categoryOptionCombo: "COC_MALE001", value: "40" },
      { dataElement: "DE_DEN00001", period: "2020Q2", orgUnit: "OU_NORTH001", categoryOptionCombo: "COC_MALE001", value: "61" },
    ]);
    expect(issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["cells.2.key.region unknown_reference"]);
  });

  it("adds up cells mapped to the same place", () => {
    const { dataValueSet } = toDhis2DataValueSet(result, { ...mapping, orgUnit: { dimension: "region", units: { North: "OU_ALL00001", West: "OU_ALL00001" } } });
    expect(dataValueSet.dataValues.filter((value) => value.categoryOptionCombo === "COC_MALE001").map((value) => value.value)).toEqual(["47", "70"]);
  });

  it("names days, months, quarters and years as DHIS2 does, and asks for anything else", () => {
    const periodOf = (start: string, end: string) => toDhis2DataValueSet({ ...result, dimensions: [], cells: [{ key: {}, numerator: 1, denominator: 2 }], period: { start, end } }, { dataElements: { numerator: "D" }, orgUnit: "OU" });
    expect(periodOf("2020-02-01", "2020-02-29").dataValueSet.dataValues[0]?.period).toBe("202002");
    expect(periodOf("2020-10-01", "2020-12-31").dataValueSet.dataValues[0]?.period).toBe("2020Q4");
    expect(periodOf("2021-01-01", "2021-12-31").dataValueSet.dataValues[0]?.period).toBe("2021");
    expect(periodOf("2020-03-16", "2020-03-16").dataValueSet.dataValues[0]?.period).toBe("20200316");
    expect(periodOf("2020-03-16", "2020-06-30").issues.map((each) => each.path.join("."))).toEqual(["period"]);
    expect(() => toDhis2DataValueSet(result, { ...mapping, orgUnit: { dimension: "facility", units: {} } })).toThrow(/not disaggregated by facility/);
    expect(() => toDhis2DataValueSet(result, { dataElements: { numerator: "D" }, orgUnit: "OU" })).toThrow(/categoryOptionCombos is needed/);
  });
});
