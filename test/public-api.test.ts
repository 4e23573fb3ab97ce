/**
 * The public API as a list: adding or removing an export changes this file, so every change to the
 * API shows up in review as a one-line diff here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as codes from "../src/codes/index.js";
import * as days from "../src/days/index.js";
import * as i18n from "../src/i18n/index.js";
import * as services from "../src/services/index.js";
import * as standards from "../src/standards/index.js";
import * as assessment from "../src/assessment/index.js";
import * as continuity from "../src/continuity/index.js";
import * as indicators from "../src/indicators/index.js";
import * as sample from "../src/sample/index.js";
import * as interop from "../src/interop/index.js";
import * as root from "../src/index.js";

const ROOT_VALUES = [
  "ASAM_LEVEL",
  "ATC",
  "ATC_CODE_PATTERN",
  "ApplicabilitySchema",
  "AssessmentSchema",
  "BUILT_IN_INDICATORS",
  "CMA_METHODS",
  "CODE_MAPS",
  "COMPLIANCE_RATING_SCALE",
  "CONTACT_TYPE",
  "ContactSchema",
  "DEFAULT_RATING_SCALE",
  "DEFAULT_SCORING_POLICY",
  "DELIVERY_FORM",
  "DISCHARGE_REASON",
  "DISPENSING_MODE",
  "DISRUPTION_BANDS",
  "DateWindowSchema",
  "DecisionRuleSchema",
  "DerivedFromLinkSchema",
  "EVIDENCE_TYPES",
  "EvidenceSchema",
  "FHIR_CANONICAL_BASE",
  "FRAMEWORK_CSV_COLUMNS",
  "FRAMEWORK_VERSION_PATTERN",
  "FacilitySchema",
  "FrameworkAdaptationSchema",
  "FrameworkChangeSchema",
  "FrameworkNodeSchema",
  "FrameworkSchema",
  "ICD10",
  "ICD10_CLINICAL_STATES",
  "ICD10_SUBSTANCE_CATEGORIES",
  "ICD11",
  "ICD11_SUBSTANCE_CLASSES",
  "ICD_CROSSWALK",
  "IDENTIFIER_PATTERN",
  "INDICATOR_DIMENSIONS",
  "ISO_DATE_PATTERN",
  "ISSUE_CODES",
  "IsoDateSchema",
  "KK_LABELS",
  "LINKED_SERVICE",
  "LINK_RELATIONS",
  "LocalizedTextSchema",
  "MAX_DAY_NUMBER",
  "MAX_ISO_DATE",
  "MEDICATION_CLASS",
  "MEDICATION_ROLE",
  "MIN_DAY_NUMBER",
  "MIN_ISO_DATE",
  "MODALITY",
  "MedicationEventSchema",
  "NODE_KINDS",
  "OWNERSHIP",
  "POPULATION",
  "PeriodSchema",
  "QUALITY_RIGHTS_RATING_SCALE",
  "RECORD_SCHEMAS",
  "REFERRAL_SOURCE",
  "RU_LABELS",
  "RatingScaleSchema",
  "RatingSchema",
  "SETTING",
  "SUBSTANCE",
  "ScoringPolicySchema",
  "ServiceSchema",
  "ServiceVolumeSchema",
  "SourceCitationSchema",
  "TDI_CENTRE_TYPE",
  "TDI_EDUCATION",
  "TDI_FREQUENCY",
  "TDI_INJECTING",
  "TDI_LABOUR_STATUS",
  "TDI_LIVING_WHERE",
  "TDI_LIVING_WITH",
  "TDI_LIVING_WITH_CHILDREN",
  "TDI_OST_STATUS",
  "TDI_PRIMARY_DRUG",
  "TDI_REFERRAL_SOURCE",
  "TDI_ROUTE",
  "TDI_TREATMENT_STATUS",
  "TEDS_LENGTH_OF_STAY",
  "TEDS_REASON",
  "TEDS_REFERRAL_SOURCE",
  "TEDS_SERVICE",
  "TEDS_SUBSTANCE",
  "TreatmentEpisodeSchema",
  "UZ_LABELS",
  "VOCABULARIES",
  "VOLUME_UNIT",
  "adaptFramework",
  "addDays",
  "addMonths",
  "addYears",
  "applicableCriteria",
  "appliesTo",
  "assessorAgreement",
  "checkEvidence",
  "classifyDisruption",
  "codesOf",
  "compareAssessments",
  "computeCma",
  "computeCmaPerEpisode",
  "computeCmaSlidingWindow",
  "computeFollowUp",
  "computeIndicator",
  "computeIndicatorOverPeriods",
  "computeInitiationAndEngagement",
  "computeMedicationPossessionRatio",
  "computePersistence",
  "computeProportionOfDaysCovered",
  "computeProviderContinuity",
  "computeRetention",
  "computeServiceAvailability",
  "computeServiceDisruption",
  "computeTreatmentEpisodes",
  "countDaysInPeriod",
  "createLabelLookup",
  "cumulativeIncidence",
  "dayNumberToIsoDate",
  "defineFramework",
  "defineRatingScale",
  "diffFrameworks",
  "differenceInDays",
  "disclosureIntervals",
  "euMinimumQualityStandards2015",
  "explainContinuity",
  "fhirCodeSystemUrl",
  "findIcdMappings",
  "findVocabulary",
  "frameworkCoverage",
  "frameworkToCsv",
  "frameworkToJson",
  "frameworkTree",
  "fromFhirMeasureReport",
  "fromFhirQuestionnaire",
  "fromFhirQuestionnaireResponse",
  "fromFhirResources",
  "getLabel",
  "getLabelInfo",
  "illustrativeNationalStandard",
  "improvementPlan",
  "indicatorCountTable",
  "indicatorProportions",
  "indicatorSubject",
  "indicatorSurvival",
  "internationalStandards2020",
  "intersectPeriods",
  "isDateInPeriod",
  "isDateInWindow",
  "isValidIsoDate",
  "isoDateToDayNumber",
  "kaplanMeier",
  "listVocabularies",
  "lookupAtc",
  "mapIcd10ToIcd11",
  "mapIcd11ToIcd10",
  "mergeIndicatorResults",
  "parseDateWindow",
  "parseFrameworkCsv",
  "parseFrameworkJson",
  "parseFrameworkRows",
  "parseIsoDate",
  "parsePeriod",
  "profileOfService",
  "retentionAt",
  "retentionStatusAt",
  "rollUpIndicatorResult",
  "safeScoreAssessment",
  "scoreAssessment",
  "suppressSmallCells",
  "toDhis2DataValueSet",
  "toFhirCodeSystem",
  "toFhirConceptMap",
  "toFhirMeasure",
  "toFhirMeasureReport",
  "toFhirQuestionnaire",
  "toFhirQuestionnaireResponse",
  "toFhirRatingScaleCodeSystem",
  "toFhirValueSet",
  "toTdiRecord",
  "toTedsDischarge",
  "unodcWhoPrinciples2008",
  "validateContact",
  "validateFacility",
  "validateMedicationEvent",
  "validateRecord",
  "validateRecords",
  "validateService",
  "validateServiceVolume",
  "validateTreatmentEpisode",
  "wilsonInterval",
  "windowEndDate",
];

describe("public API", () => {
  it("exports exactly the listed values from the main entry", () => {
    expect(Object.keys(root).sort()).toEqual(ROOT_VALUES);
  });

  it("keeps the sample registry out of the main entry, in its own subpath", () => {
    expect(Object.keys(sample).sort()).toEqual(["generateSamplePatients", "generateSampleRegistry"]);
    expect(Object.keys(root)).not.toContain("generateSampleRegistry");
  });

  it("exports the same objects from each subpath as from the main entry", () => {
    for (const subpath of [days, codes, i18n, services, standards, assessment, continuity, indicators, interop]) {
      for (const [name, value] of Object.entries(subpath)) expect(root[name as keyof typeof root], name).toBe(value);
    }
  });

  it("documents every issue code in docs/contracts.md with the meaning the code carries", () => {
    const guide = readFileSync(new URL("../docs/contracts.md", import.meta.url), "utf8");
    const rows = [...guide.matchAll(/^\| `([a-z_]+)` \| (.+) \|$/gm)].map(([, code, meaning]) => [code, meaning]);
    expect(rows).toEqual(Object.entries(root.ISSUE_CODES));
  });

  it("keeps the issue codes a closed list of snake_case codes, each with a meaning", () => {
    for (const [code, meaning] of Object.entries(root.ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(meaning).toMatch(/^[A-Z].{20,}\.$/);
    }
  });
});
