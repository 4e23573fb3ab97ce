/** Indicators as FHIR Measure resources and their results as MeasureReport, and back. */
import { issue, type Issue } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";
import { unexpectedShape } from "./fhir-shape.js";
import { indicatorSubject, mergeIndicatorResults, type IndicatorCell, type IndicatorDefinition, type IndicatorMeasure, type IndicatorResult } from "../indicators/index.js";
import { canonicalBaseOf, extensionUrl, fhirIdOf, publishedHeader, TRANSLATION_EXTENSION, type FhirExportOptions } from "./fhir-canonical.js";
import type { FhirCodeableConcept, FhirExtension, FhirMeasure, FhirMeasureReport, FhirMeasureReportPopulation, FhirQuantity } from "./fhir-types.js";

const POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
const UCUM = "http://unitsofmeasure.org";
/** Our extensions: the indicator definition on a Measure, the sums and survival counts of a stratum (JSON). */
export const INDICATOR_EXTENSION = extensionUrl("indicator");
const CELL_EXTENSION = extensionUrl("indicator-cell");
/** On a MeasureReport: the result's own indicator id, its number of cells, and the sums and survival counts of a result without disaggregation (JSON). */
const RESULT_EXTENSION = extensionUrl("indicator-result");

const SUBJECT_TYPE = { patients: "Patient", episodes: "EpisodeOfCare", events: "Encounter", contacts: "Encounter", facilities: "Organization" } as const;

/** What the numerator and denominator of each measure count, in words (the criteria of the Measure). */
function criteriaOf(measure: IndicatorMeasure): { denominator: string; numerator: string } {
  switch (measure.kind) {
    case "retention":
      return { denominator: `Patients entering OAT in the period (a new episode: no gap over ${measure.maximumGapDays} days before), less those censored before ${measure.months} months`, numerator: `Of those, patients still in treatment ${measure.months} months after entry` };
    case "pdc-at-least":
      return { denominator: "Patients with a proportion of days covered (PQA method) over the period", numerator: `Of those, patients with a PDC of ${measure.threshold} or more` };
    case "follow-up":
      return { denominator: `Emergency visits and discharges in the period (${(measure.indexTypes ?? ["emergency-visit", "inpatient-discharge", "residential-discharge", "withdrawal-management-discharge"]).join(", ")}) whose window ends by the data end`, numerator: `Of those, index events followed up within ${measure.withinDays} days` };
    case "initiation":
    case "engagement":
      return {
        denominator: `New treatment episodes admitted in the period (no episode or treatment contact in the ${measure.lookBackDays} days before)`,
        numerator: measure.kind === "initiation" ? `Of those, episodes with treatment initiated within ${measure.initiationDays ?? 14} days` : `Of those, episodes initiated and engaged: ${measure.engagementContacts ?? 2} more treatment contacts within ${measure.engagementDays ?? 34} days after initiation`,
      };
    case "take-home":
      return { denominator: "Patients dispensed OAT in the period (dispensing mode known)", numerator: "Of those, patients with at least one take-home dispensing" };
    case "remote-contacts":
      return { denominator: "Contacts in the period (type known)", numerator: `Of those, contacts by ${(measure.contactTypes ?? ["telemedicine", "telephone"]).join(" or ")}` };
    case "accredited":
      return { denominator: "Facilities assessed in the period (their last report)", numerator: `Of those, facilities whose decision is ${measure.outcomes.join(" or ")}` };
  }
}

const populationCode = (code: "numerator" | "denominator"): FhirCodeableConcept => ({ coding: [{ system: POPULATION, code }] });
const dimensionCode = (dimension: string, options: FhirExportOptions | undefined): FhirCodeableConcept => ({ coding: [{ system: `${canonicalBaseOf(options)}/CodeSystem/indicator-dimension`, code: dimension }], text: dimension });

/**
 * The Measure's stratifier for the disaggregations: one stratifier, with one component per
 * disaggregation when there are several, as the MeasureReport's strata are (cells of all of them).
 */
function stratifierOf(dimensions: readonly string[], options: FhirExportOptions | undefined): Pick<NonNullable<FhirMeasure["group"]>[number], "stratifier"> {
  if (dimensions.length === 0) return {};
  const criteria = (dimension: string) => ({ language: "text/plain", expression: `The subject's ${dimension}` });
  if (dimensions.length === 1) return { stratifier: [{ code: dimensionCode(dimensions[0]!, options), criteria: criteria(dimensions[0]!) }] };
  return { stratifier: [{ description: `By ${dimensions.join(" and ")}`, component: dimensions.map((dimension) => ({ code: dimensionCode(dimension, options), criteria: criteria(dimension) })) }] };
}

/**
 * An indicator definition as a FHIR R4 `Measure`: proportion scoring, the subject type (Patient,
 * EpisodeOfCare, Encounter or Organization, from {@link indicatorSubject}), one group with the
 * denominator and numerator criteria in words (`text/plain`: the library's engines compute them,
 * not CQL), a stratifier for the disaggregations (with one component each when there are several,
 * matching the strata of {@link toFhirMeasureReport}), improvement notation `increase` where more is better,
 * and the title's translations. The definition itself travels in an extension, for tools that use
 * the library. No realm-specific profile is assumed.
 *
 * @param indicator - an indicator definition (a built-in or your own)
 * @param options - see {@link FhirExportOptions}
 * @returns the Measure
 *
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS, toFhirMeasure } from "treatment-quality";
 *
 * const measure = toFhirMeasure(BUILT_IN_INDICATORS[0]!);
 * [measure.url, measure.subjectCodeableConcept?.coding?.[0]?.code];
 * // => ["https://www.npmjs.com/package/treatment-quality/fhir/Measure/oat-retention-6m", "Patient"]
 * ```
 */
export function toFhirMeasure(indicator: IndicatorDefinition, options?: FhirExportOptions): FhirMeasure {
  const subject = indicatorSubject(indicator.measure);
  const criteria = criteriaOf(indicator.measure);
  const translations = Object.entries(indicator.title).filter((entry): entry is [string, string] => entry[0] !== "en" && typeof entry[1] === "string" && entry[1].length > 0);
  const kind = indicator.measure.kind;
  const improves = !["take-home", "remote-contacts"].includes(kind);
  return {
    resourceType: "Measure",
    ...publishedHeader("Measure", indicator.id, indicator.title.en, options),
    ...(translations.length > 0 ? { _title: { extension: translations.map(([language, text]) => ({ url: TRANSLATION_EXTENSION, extension: [{ url: "lang", valueCode: language }, { url: "content", valueString: text }] })) } } : {}),
    description: `${criteria.numerator}, as a share of: ${criteria.denominator.charAt(0).toLowerCase()}${criteria.denominator.slice(1)}.`,
    extension: [{ url: INDICATOR_EXTENSION, valueString: JSON.stringify(indicator) }],
    subjectCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/resource-types", code: SUBJECT_TYPE[subject] }] },
    scoring: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/measure-scoring", code: "proportion" }] },
    type: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/measure-type", code: kind === "retention" ? "outcome" : kind === "accredited" ? "structure" : "process" }] }],
    ...(improves ? { improvementNotation: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/measure-improvement-notation", code: "increase" }] } } : {}),
    group: [
      {
        population: [
          { code: populationCode("denominator"), criteria: { language: "text/plain", expression: criteria.denominator } },
          { code: populationCode("numerator"), criteria: { language: "text/plain", expression: criteria.numerator } },
        ],
        ...stratifierOf(indicator.disaggregations ?? [], options),
      },
    ],
  };
}

/**
 * Options of {@link toFhirMeasureReport}.
 *
 * @example
 * ```ts
 * import type { FhirMeasureReportOptions } from "treatment-quality";
 *
 * const options: FhirMeasureReportOptions = { unit: "proportion", date: "2021-02-01" };
 * ```
 */
export interface FhirMeasureReportOptions extends FhirExportOptions {
  /** How scores are written: a percentage (default, UCUM `%`) or a proportion from 0 to 1 (UCUM `1`). */
  readonly unit?: "percent" | "proportion";
  /** The report's date (none by default, so the same result always gives the same report). */
  readonly date?: string;
}

const countsOf = (numerator: number, denominator: number): FhirMeasureReportPopulation[] => [
  { code: populationCode("numerator"), count: numerator },
  { code: populationCode("denominator"), count: denominator },
];

function scoreOf(numerator: number, denominator: number, unit: "percent" | "proportion"): { measureScore?: FhirQuantity } {
  if (denominator === 0) return {};
  return { measureScore: unit === "percent" ? { value: (100 * numerator) / denominator, unit: "%", system: UCUM, code: "%" } : { value: numerator / denominator, unit: "1", system: UCUM, code: "1" } };
}

/**
 * An indicator result (after the last merge) as a FHIR R4 `MeasureReport` of type `summary`: the
 * numerator and denominator counts and the score of the whole, and one stratum per cell of the
 * disaggregations (by `value` for one disaggregation, by `component`s for several), each with its
 * counts and score (none where the denominator is 0). Sums and survival counts travel in an
 * extension, so {@link fromFhirMeasureReport} gives the result back unchanged.
 *
 * @param result - an indicator result
 * @param options - see {@link FhirMeasureReportOptions}
 * @returns the MeasureReport
 *
 * @example
 * ```ts
 * import { toFhirMeasureReport } from "treatment-quality";
 *
 * const result = { indicatorId: "oat-pdc-80", period: { start: "2020-01-01", end: "2020-12-31" }, dimensions: ["region"], cells: [
 *   { key: { region: "North" }, numerator: 42, denominator: 60 },
 *   { key: { region: "South" }, numerator: 5, denominator: 9 },
 * ] };
 * toFhirMeasureReport(result).group?.[0]?.measureScore?.value; // => 68.1159420289855
 * ```
 */
export function toFhirMeasureReport(result: IndicatorResult, options?: FhirMeasureReportOptions): FhirMeasureReport {
  const unit = options?.unit ?? "percent";
  const total = result.cells.reduce((sum, cell) => ({ numerator: sum.numerator + cell.numerator, denominator: sum.denominator + cell.denominator }), { numerator: 0, denominator: 0 });
  const stratum = (cell: IndicatorCell) => {
    const { key, numerator, denominator, ...rest } = cell;
    const values = result.dimensions.map((dimension) => ({ code: dimensionCode(dimension, options), value: { text: key[dimension] ?? "" } }));
    return {
      ...(values.length === 1 ? { value: values[0]!.value } : { component: values }),
      population: countsOf(numerator, denominator),
      ...scoreOf(numerator, denominator, unit),
      ...(Object.keys(rest).length > 0 ? { extension: [{ url: CELL_EXTENSION, valueString: JSON.stringify(rest) }] } : {}),
    };
  };
  const whole = result.dimensions.length === 0 ? result.cells[0] : undefined;
  const carried = { indicatorId: result.indicatorId, cells: result.cells.length, ...(whole === undefined ? {} : (({ key: _key, numerator: _n, denominator: _d, ...rest }) => rest)(whole)) };
  return {
    resourceType: "MeasureReport",
    id: fhirIdOf(`${result.indicatorId}-${result.period.start}-${result.period.end}`),
    status: "complete",
    type: "summary",
    measure: `${canonicalBaseOf(options)}/Measure/${fhirIdOf(result.indicatorId)}`,
    ...(options?.date === undefined ? {} : { date: options.date }),
    period: { start: result.period.start, end: result.period.end },
    extension: [{ url: RESULT_EXTENSION, valueString: JSON.stringify(carried) }],
    group: [
      {
        population: countsOf(total.numerator, total.denominator),
        ...scoreOf(total.numerator, total.denominator, unit),
        ...(result.dimensions.length > 0 ? { stratifier: [{ code: result.dimensions.map((dimension) => dimensionCode(dimension, options)), ...(result.cells.length > 0 ? { stratum: result.cells.map(stratum) } : {}) }] } : {}),
      },
    ],
  };
}

/** A population's count, or an issue. */
function countIn(populations: readonly FhirMeasureReportPopulation[] | undefined, code: "numerator" | "denominator", path: (string | number)[], issues: Issue[]): number {
  const found = populations?.find((population) => population.code?.coding?.some((coding) => coding.code === code && (coding.system === undefined || coding.system === POPULATION)));
  if (found === undefined || !Number.isSafeInteger(found.count) || found.count! < 0) {
    issues.push(issue(found === undefined ? "missing" : "invalid_value", [...path, "population"], `Expected the ${code} count, a whole number of at least 0; got ${found === undefined ? "none" : JSON.stringify(found.count)}.`));
    return 0;
  }
  return found.count!;
}

function cellExtras(extensions: readonly FhirExtension[] | undefined, path: (string | number)[], issues: Issue[]): Partial<IndicatorCell> {
  const text = extensions?.find((each) => each.url === CELL_EXTENSION)?.valueString;
  if (text === undefined) return {};
  try {
    return JSON.parse(text) as Partial<IndicatorCell>;
  } catch {
    issues.push(issue("invalid_type", [...path, "extension"], `The extension ${CELL_EXTENSION} must hold JSON.`));
    return {};
  }
}

/**
 * The indicator result in a summary MeasureReport: the counts of each stratum (or of the group,
 * without stratifier), the disaggregations from the stratifier's codes, and the sums and survival
 * counts our extension carries. The indicator id is the last segment of `measure`. A report another
 * tool made works too, as long as it has numerator and denominator counts; what cannot be read is an
 * issue with its path, and the counts are checked as {@link mergeIndicatorResults} checks them.
 *
 * @param report - a MeasureReport
 * @returns the indicator result, or the issues
 *
 * @example
 * ```ts
 * import { fromFhirMeasureReport, toFhirMeasureReport } from "treatment-quality";
 *
 * const result = { indicatorId: "oat-pdc-80", period: { start: "2020-01-01", end: "2020-12-31" }, dimensions: ["region"], cells: [{ key: { region: "North" }, numerator: 42, denominator: 60 }] };
 * fromFhirMeasureReport(toFhirMeasureReport(result)); // => { ok: true, value: result }
 * ```
 */
export function fromFhirMeasureReport(report: FhirMeasureReport): Result<IndicatorResult> {
  try {
  const issues: Issue[] = [];
  if (report?.resourceType !== "MeasureReport") return { ok: false, issues: [issue("invalid_value", ["resourceType"], `Expected a MeasureReport; got ${JSON.stringify(report?.resourceType)}.`)] };
  const carried = (() => {
    const text = report.extension?.find((each) => each.url === RESULT_EXTENSION)?.valueString;
    try {
      return text === undefined ? undefined : (JSON.parse(text) as { indicatorId?: string; cells?: number } & Partial<IndicatorCell>);
    } catch {
      issues.push(issue("invalid_type", ["extension"], `The extension ${RESULT_EXTENSION} must hold JSON.`));
      return undefined;
    }
  })();
  const indicatorId = carried?.indicatorId ?? (report.measure ?? "").split("|")[0]!.split("/").at(-1) ?? "";
  if (indicatorId === "") issues.push(issue("missing", ["measure"], "The report names no measure, so the indicator is unknown."));
  if (report.type !== "summary") issues.push(issue("invalid_value", ["type"], `Only summary reports hold an indicator result; this one is ${JSON.stringify(report.type)}.`));
  if (report.status !== "complete") issues.push(issue("invalid_value", ["status"], `Only a complete report can be read; this one is ${JSON.stringify(report.status)}.`));
  if (report.period?.start === undefined || report.period.end === undefined) issues.push(issue("missing", ["period"], "The report's period needs a start and an end."));
  if ((report.group?.length ?? 0) > 1) issues.push(issue("not_carried", ["group", 1], "Groups after the first are not read: an indicator result has one group."));
  const group = report.group?.[0];
  if ((group?.stratifier?.length ?? 0) > 1) issues.push(issue("not_carried", ["group", 0, "stratifier", 1], "Stratifiers after the first are not read: the first holds the cells of all the disaggregations."));
  const stratifier = group?.stratifier?.[0];
  const dimensions = (stratifier?.code ?? []).map((code) => code.coding?.[0]?.code ?? code.text ?? "");
  const cells: IndicatorCell[] = [];
  if (stratifier === undefined) {
    const numerator = countIn(group?.population, "numerator", ["group", 0], issues);
    const denominator = countIn(group?.population, "denominator", ["group", 0], issues);
    const { indicatorId: _id, cells: count, ...extras } = carried ?? {};
    if (count === undefined ? denominator > 0 : count > 0) cells.push({ key: {}, numerator, denominator, ...extras });
  } else {
    (stratifier.stratum ?? []).forEach((stratum, index) => {
      const path = ["group", 0, "stratifier", 0, "stratum", index];
      const values = stratum.component?.map((component) => component.value.text ?? component.value.coding?.[0]?.code ?? "") ?? [stratum.value?.text ?? stratum.value?.coding?.[0]?.code ?? ""];
      if (values.length !== dimensions.length) issues.push(issue("invalid_value", path, `The stratum has ${values.length} values for ${dimensions.length} stratifier codes.`));
      const key = Object.fromEntries(dimensions.map((dimension, position) => [dimension, values[position] ?? ""]));
      cells.push({ key, numerator: countIn(stratum.population, "numerator", path, issues), denominator: countIn(stratum.population, "denominator", path, issues), ...cellExtras(stratum.extension, path, issues) });
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const empty: IndicatorResult = { indicatorId, period: { start: report.period.start!, end: report.period.end! }, dimensions, cells: [] };
  try {
    return { ok: true, value: mergeIndicatorResults(empty, { ...empty, cells }) };
  } catch (error) {
    return { ok: false, issues: [issue("invalid_value", ["group", 0], (error as Error).message)] };
  }
  } catch (error) {
    return unexpectedShape(error, "MeasureReport");
  }
}
