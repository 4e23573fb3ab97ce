/**
 * FHIR R4 for an integrator: publish the vocabularies and code maps to a terminology server, load
 * the International Standards as a Questionnaire into a form tool, send an external assessment as a
 * QuestionnaireResponse, and read a filled-in response back. The facility and assessors are
 * fictional. Every resource is plain JSON, ready to POST.
 */
import { strict as assert } from "node:assert";
import {
  CODE_MAPS,
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
  toFhirValueSet,
  type Assessment,
} from "treatment-quality";

// 1. Terminology: every vocabulary as a CodeSystem and a ValueSet, every code map as a ConceptMap.
const terminology = [...VOCABULARIES.flatMap((vocabulary) => [toFhirCodeSystem(vocabulary), toFhirValueSet(vocabulary)]), ...CODE_MAPS.map((map) => toFhirConceptMap(map))];
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
