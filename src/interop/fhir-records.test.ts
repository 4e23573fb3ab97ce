import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fhirProblems } from "../../test/support/fhir-validator.js";
import { validateRecord } from "../services/index.js";
import { fromFhirResources } from "./fhir-records.js";
import type { FhirBundle, FhirResource } from "./fhir-types.js";

const ATC = "http://www.whocc.no/atc";
const OURS = "https://www.npmjs.com/package/treatment-quality/fhir/CodeSystem";
const bundle: FhirBundle = {
  resourceType: "Bundle",
  type: "collection",
  entry: [
    { fullUrl: "urn:uuid:9a1f0c3e-1111-4c1e-9d7a-000000000001", resource: { resourceType: "Organization", id: "UZ-TAS-01", name: "City dispensary (fictional)", type: [{ coding: [{ system: `${OURS}/ownership`, code: "public" }] }], address: [{ district: "Yunusobod", state: "Tashkent" }] } as FhirResource },
    { resource: { resourceType: "Location", id: "L-7", name: "Dispensing room", managingOrganization: { reference: "urn:uuid:9a1f0c3e-1111-4c1e-9d7a-000000000001" } } as FhirResource },
    { resource: { resourceType: "HealthcareService", id: "UZ-TAS-01-OAT", providedBy: { reference: "Organization/UZ-TAS-01" }, name: "Opioid agonist treatment", type: [{ coding: [{ system: `${OURS}/modality`, code: "outpatient" }] }], characteristic: [{ coding: [{ system: `${OURS}/deliveryForm`, code: "in-person" }, { system: `${OURS}/deliveryForm`, code: "take-home-dosing" }] }], extension: [{ url: "https://www.npmjs.com/package/treatment-quality/fhir/StructureDefinition/service-period", valuePeriod: { start: "2015-03-01" } }] } as FhirResource },
    {
      resource: {
        resourceType: "MedicationDispense",
        status: "completed",
        subject: { reference: "Patient/P-0001" },
        medicationCodeableConcept: { coding: [{ system: ATC, code: "N07BC02", display: "methadone" }] },
        performer: [{ actor: { reference: "Practitioner/PHARMACIST-2" } }],
        location: { reference: "Location/L-7" },
        whenHandedOver: "2020-04-01T23:30:00+05:00",
        daysSupply: { value: 14, unit: "d", system: "http://unitsofmeasure.org", code: "d" },
        dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: "d" } }, doseAndRate: [{ doseQuantity: { value: 80, unit: "mg" } }] }],
      } as FhirResource,
    },
    { resource: { resourceType: "MedicationAdministration", status: "completed", subject: { reference: "Patient/P-0002" }, medicationCodeableConcept: { coding: [{ system: ATC, code: "N07BC01" }] }, performer: [{ actor: { reference: "Practitioner/NURSE-1" } }], context: { reference: "EpisodeOfCare/E-1" }, effectiveDateTime: "2020-04-02T09:00:00Z", dosage: { dose: { value: 16, unit: "mg" } } } as FhirResource },
    { resource: { resourceType: "MedicationDispense", status: "cancelled", subject: { reference: "Patient/P-0001" }, medicationCodeableConcept: { coding: [{ system: ATC, code: "N07BC02" }] }, whenHandedOver: "2020-04-15", daysSupply: { value: 14 } } as FhirResource },
    { resource: { resourceType: "Encounter", status: "finished", class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "VR" }, subject: { reference: "Patient/P-0001" }, participant: [{ individual: { reference: "Practitioner/DR-17" } }], period: { start: "2020-04-03" }, serviceProvider: { reference: "Organization/UZ-TAS-01" } } as FhirResource },
    { resource: { resourceType: "Encounter", status: "finished", class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" }, type: [{ coding: [{ system: `${OURS}/contactType`, code: "telephone" }] }], subject: { reference: "Patient/P-0002" }, participant: [{ individual: { identifier: { value: "DR-9" } } }], period: { start: "2020-04-04" } } as FhirResource },
    { resource: { resourceType: "EpisodeOfCare", id: "E-1", status: "finished", type: [{ coding: [{ system: `${OURS}/modality`, code: "outpatient" }] }], patient: { reference: "Patient/P-0001" }, managingOrganization: { reference: "Organization/UZ-TAS-01" }, period: { start: "2020-01-15", end: "2020-06-30" } } as FhirResource },
    { resource: { resourceType: "Observation", status: "final", code: { text: "weight" } } as FhirResource },
  ],
};

describe("fromFhirResources", () => {
  it("reads valid R4 resources into valid records of the library", () => {
    for (const entry of bundle.entry!) expect(fhirProblems(entry.resource!), entry.resource!.resourceType).toEqual([]);
    const records = fromFhirResources(bundle);
    expect(records.events).toEqual([
      { patientId: "P-0001", date: "2020-04-01", duration: 14, dailyDose: 80, medication: "N07BC02", facilityId: "UZ-TAS-01" },
      { patientId: "P-0002", date: "2020-04-02", duration: 1, dailyDose: 16, medication: "N07BC01", facilityId: "UZ-TAS-01", dispensingMode: "supervised" },
    ]);
    expect(records.contacts).toEqual([
      { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17", facilityId: "UZ-TAS-01", contactType: "telemedicine" },
      { patientId: "P-0002", date: "2020-04-04", providerId: "DR-9", contactType: "telephone" },
    ]);
    expect(records.episodes).toEqual([{ id: "E-1", patientId: "P-0001", facilityId: "UZ-TAS-01", modality: "outpatient", admissionDate: "2020-01-15", dischargeDate: "2020-06-30" }]);
    expect(records.facilities).toEqual([{ id: "UZ-TAS-01", name: "City dispensary (fictional)", region: "Tashkent", administrativeArea: "Yunusobod", ownership: "public", modalities: ["outpatient"] }]);
    expect(records.services).toEqual([{ id: "UZ-TAS-01-OAT", facilityId: "UZ-TAS-01", name: "Opioid agonist treatment", modality: "outpatient", openedOn: "2015-03-01", deliveryForms: ["in-person", "take-home-dosing"] }]);
    expect(records.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["entry.5.resource.status not_carried", "entry.9.resource.resourceType not_carried"]);
  });

  it("reports what a resource lacks for a record, with its path, and keeps the others", () => {
    const records = fromFhirResources([
      { resourceType: "MedicationDispense", status: "completed", subject: { reference: "Patient/P-1" }, medicationReference: { reference: "Medication/m1" }, whenHandedOver: "2020-04-01" } as FhirResource,
      { resourceType: "Encounter", status: "finished", class: { code: "XYZ" }, subject: { reference: "Patient/P-1" }, period: { start: "2020-04-01" } } as FhirResource,
      { resourceType: "Organization", id: "F2", name: "No ownership (fictional)", address: [{ state: "North" }] } as FhirResource,
      { resourceType: "MedicationDispense", status: "completed", subject: { reference: "Patient/P-2" }, whenHandedOver: "2020-04-01", daysSupply: { value: 7 }, dosageInstruction: [{ doseAndRate: [{ doseQuantity: { value: 60 } }] }] } as FhirResource,
    ]);
    expect(records.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual([
      "0.medicationReference not_carried",
      "0.duration missing",
      "1.class not_carried",
      "1.providerId missing",
      "3.dosageInstruction.0 not_carried",
      "2.ownership missing",
      "2.modalities out_of_range",
    ]);
    expect(records.events).toEqual([{ patientId: "P-2", date: "2020-04-01", duration: 7 }]);
  });

  it("resolves references by full URL, by type and id with a server base or history, and reports those that lead to no facility", () => {
    const records = fromFhirResources({
      resourceType: "Bundle",
      type: "transaction",
      entry: [
        { fullUrl: "urn:uuid:0b9f1e6e-7b7a-4d7c-9f0e-1a2b3c4d5e6f", resource: { resourceType: "Organization", name: "No id (fictional)", type: [{ coding: [{ system: `${OURS}/ownership`, code: "public" }] }], address: [{ state: "North" }] } as FhirResource },
        { fullUrl: "urn:uuid:7c1d2e3f-0000-4000-8000-000000000007", resource: { resourceType: "Location", managingOrganization: { reference: "urn:uuid:0b9f1e6e-7b7a-4d7c-9f0e-1a2b3c4d5e6f" } } as FhirResource },
        { resource: { resourceType: "MedicationDispense", status: "completed", subject: { reference: "https://fhir.example/r4/Patient/P-9/_history/3" }, location: { reference: "urn:uuid:7c1d2e3f-0000-4000-8000-000000000007" }, whenHandedOver: "2020-05-01", daysSupply: { value: 7, system: "http://unitsofmeasure.org", code: "d" } } as FhirResource },
        { resource: { resourceType: "MedicationDispense", status: "completed", subject: { reference: "Patient/P-9" }, location: { reference: "Location/NOT-HERE" }, whenHandedOver: "2020-05-08", daysSupply: { value: 1, system: "http://unitsofmeasure.org", code: "wk" }, dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: "d" } }, doseAndRate: [{ doseQuantity: { value: 8, unit: "mL", system: "http://unitsofmeasure.org", code: "mL" } }] }] } as FhirResource },
      ],
    });
    expect(records.events).toEqual([{ patientId: "P-9", date: "2020-05-01", duration: 7, facilityId: "0b9f1e6e-7b7a-4d7c-9f0e-1a2b3c4d5e6f" }]);
    expect(records.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual([
      "entry.3.resource.dosageInstruction.0.doseAndRate.0.doseQuantity not_carried",
      "entry.3.resource.location not_carried",
      "entry.3.resource.daysSupply not_carried",
      "entry.3.resource.duration missing",
      "entry.0.resource.modalities out_of_range",
    ]);
  });

  it("never throws on arbitrary input, and every record it gives is valid", () => {
    const resourceArb = fc.record(
      {
        resourceType: fc.constantFrom("MedicationDispense", "MedicationAdministration", "Encounter", "EpisodeOfCare", "Organization", "HealthcareService", "Location", "Patient"),
        id: fc.oneof(fc.constant("X-1"), fc.string()),
        status: fc.constantFrom("completed", "finished", "active", "cancelled", 3 as never),
        subject: fc.oneof(fc.constant({ reference: "Patient/P-1" }), fc.anything()),
        patient: fc.constant({ reference: "Patient/P-1" }),
        whenHandedOver: fc.oneof(fc.constant("2020-02-30"), fc.constant("2020-03-01T00:00:00Z"), fc.string()),
        effectiveDateTime: fc.constantFrom("2020-03-01", "yesterday"),
        daysSupply: fc.oneof(fc.record({ value: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double()) }), fc.anything()),
        period: fc.record({ start: fc.constantFrom("2020-01-01", "2020-13-01"), end: fc.constantFrom("2019-12-31", "2020-06-30") }, { requiredKeys: [] }),
        class: fc.record({ code: fc.constantFrom("AMB", "VR", "?") }),
        participant: fc.constant([{ individual: { reference: "Practitioner/D1" } }]),
      },
      { requiredKeys: ["resourceType"] },
    );
    fc.assert(
      fc.property(fc.array(resourceArb as fc.Arbitrary<FhirResource>, { maxLength: 8 }), (resources) => {
        const records = fromFhirResources(resources);
        for (const event of records.events) expect(validateRecord("medicationEvent", event).ok).toBe(true);
        for (const contact of records.contacts) expect(validateRecord("contact", contact).ok).toBe(true);
        for (const episode of records.episodes) expect(validateRecord("treatmentEpisode", episode).ok).toBe(true);
        for (const each of records.issues) expect(each.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
