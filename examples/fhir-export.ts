/**
 * FHIR R4 and DHIS2 for an integrator: publish the vocabularies and code maps to a terminology
 * server, load the International Standards as a Questionnaire into a form tool, send an external
 * assessment as a QuestionnaireResponse and read a filled-in response back, publish an indicator as
 * a Measure with its result as a MeasureReport and as a DHIS2 data value set, and read a registry's
 * FHIR dispenses into medication events. Facilities, assessors, patients and DHIS2 ids are
 * fictional. Every resource is plain JSON, ready to POST.
 */
import { strict as assert } from "node:assert";
import {
  BUILT_IN_INDICATORS,
  CODE_MAPS,
  DEFAULT_RATING_SCALE,
  computeIndicator,
  fromFhirMeasureReport,
  fromFhirResources,
  toDhis2DataValueSet,
  toFhirMeasure,
  toFhirMeasureReport,
  MODALITY,
  VOCABULARIES,
  frameworkTree,
  fromFhirQuestionnaire,
  fromFhirQuestionnaireResponse,
  internationalStandards2020 as standards,
  toFhirCodeSystem,
  toFhirConceptMap,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  toFhirRatingScaleCodeSystem,
  toFhirValueSet,
  type Assessment,
  type FhirMedicationDispense,
} from "treatment-quality";
import { generateSampleRegistry } from "treatment-quality/sample";

// 1. Terminology: every vocabulary as a CodeSystem and a ValueSet, every code map as a ConceptMap,
//    and the rating scale whose levels answer the questionnaire below.
const terminology = [...VOCABULARIES.flatMap((vocabulary) => [toFhirCodeSystem(vocabulary), toFhirValueSet(vocabulary)]), ...CODE_MAPS.map((map) => toFhirConceptMap(map)), toFhirRatingScaleCodeSystem(DEFAULT_RATING_SCALE)];
console.log(`${terminology.length} terminology resources, e.g. ${toFhirCodeSystem(MODALITY).url}`);
const outpatient = toFhirCodeSystem(MODALITY).concept?.find((concept) => concept.code === "outpatient");
assert.deepEqual(outpatient?.designation?.find((each) => each.language === "ru"), { language: "ru", value: "Амбулаторное лечение" });

// 2. The International Standards as a Questionnaire: one question per criterion, in the tree's groups.
const form = toFhirQuestionnaire(standards);
const criteria = frameworkTree(standards).leaves;
console.log(`Questionnaire ${form.url}|${form.version}: ${criteria.length} questions`);
assert.equal(criteria.length, 88);
assert.deepEqual(fromFhirQuestionnaire(form), { ok: true, value: standards }); // and back, unchanged

// 3. An external assessment of a (fictional) facility as a QuestionnaireResponse, and back.
const assessment: Assessment = {
  id: "ASSESS-2024-017",
  frameworkId: standards.id,
  frameworkVersion: standards.version,
  facilityId: "DISP-07",
  mode: "external",
  assessors: [
    { id: "ASSESSOR-3", role: "lead" },
    { id: "ASSESSOR-8", role: "member" },
  ],
  visitDate: "2024-04-15",
  submittedOn: "2024-04-19",
  status: "submitted",
  ratings: criteria.slice(0, 5).map((criterion, index) => ({ criterionId: criterion.id, level: index === 2 ? "PARTIALLY_MET" : "MET", ...(index === 2 ? { comment: "Two of ten sampled records lack a signed consent." } : {}) })),
};
const response = toFhirQuestionnaireResponse(assessment, standards);
console.log(`QuestionnaireResponse ${response.identifier?.value} (${response.status}) for ${response.subject?.identifier?.value}`);
assert.equal(response.status, "completed");
assert.deepEqual(fromFhirQuestionnaireResponse(response, standards), { ok: true, value: assessment });

// 4. A response edited by hand elsewhere: the answers that cannot be mapped are listed, with paths.
const edited = { ...response, item: [...(response.item ?? []), { linkId: "no-such-criterion", answer: [{ valueCoding: { code: "MET" } }] }] };
const read = fromFhirQuestionnaireResponse(edited, standards);
assert.equal(read.ok, false);
if (!read.ok) for (const problem of read.issues) console.log(`  ${problem.path.join(".")}: ${problem.message}`);

// 5. An indicator as a Measure, and its result on the (fictional) sample registry as a MeasureReport.
const registry = generateSampleRegistry({ seed: 1, patients: 200 });
const takeHome = { ...BUILT_IN_INDICATORS.find((indicator) => indicator.id === "oat-take-home")!, disaggregations: ["region" as const] };
const measure = toFhirMeasure(takeHome);
const { result } = computeIndicator(takeHome, registry, { period: { start: "2020-04-01", end: "2020-06-30" } });
const report = toFhirMeasureReport(result);
const total = report.group?.[0];
console.log(`Measure ${measure.url}: ${total?.population?.map((population) => `${population.code?.coding?.[0]?.code} ${population.count}`).join(", ")}, score ${total?.measureScore?.value?.toFixed(1)}%, ${report.group?.[0]?.stratifier?.[0]?.stratum?.length} regions`);
assert.deepEqual(fromFhirMeasureReport(report), { ok: true, value: result });

// 6. The same result for the ministry's DHIS2: counts per region, through a mapping table (ids are made up).
const units = Object.fromEntries(registry.regions.map((region, index) => [region, `OU${String(index).padStart(9, "0")}`]));
const { dataValueSet, issues } = toDhis2DataValueSet(result, { dataElements: { numerator: "DEtakeHome1", denominator: "DEinOat0001" }, orgUnit: { dimension: "region", units } });
console.log(`DHIS2: ${dataValueSet.dataValues.length} data values for period ${dataValueSet.dataValues[0]?.period}, ${issues.length} issues`);
assert.equal(dataValueSet.dataValues[0]?.period, "2020Q2");
assert.equal(issues.length, 0);

// 7. A registry's FHIR export read into the library's records: dispenses become medication events.
const handedOver: FhirMedicationDispense = { resourceType: "MedicationDispense", status: "completed", subject: { reference: "Patient/P-0001" }, medicationCodeableConcept: { coding: [{ system: "http://www.whocc.no/atc", code: "N07BC02" }] }, whenHandedOver: "2020-04-01T18:00:00+05:00", daysSupply: { value: 14, unit: "d" } };
const enteredInError: FhirMedicationDispense = { ...handedOver, status: "entered-in-error", whenHandedOver: "2020-04-02" };
const { events, issues: importIssues } = fromFhirResources([handedOver, enteredInError]);
assert.deepEqual(events, [{ patientId: "P-0001", date: "2020-04-01", duration: 14, medication: "N07BC02" }]);
assert.deepEqual(importIssues.map((each) => `${each.path.join(".")} ${each.code}`), ["1.status not_carried"]);
console.log(`FHIR in: ${events.length} event, ${importIssues.length} resource not taken (${importIssues[0]?.message})`);
