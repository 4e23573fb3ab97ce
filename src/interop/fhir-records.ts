/** FHIR R4 resources in: dispenses and administrations to medication events, encounters to contacts, episodes of care to episodes, organizations and services to facilities and services. */
import { issue, type Issue } from "../_lib/issue.js";
import { codesOf, CONTACT_TYPE, DELIVERY_FORM, MODALITY, OWNERSHIP, type Vocabulary } from "../codes/index.js";
import { validateRecord, type Contact, type Facility, type MedicationEvent, type RecordKind, type Service, type TreatmentEpisode } from "../services/index.js";
import { fhirCodeSystemUrl } from "./code-system.js";
import { EXTERNAL_SYSTEMS, extensionUrl, type FhirExportOptions } from "./fhir-canonical.js";
import type {
  FhirBundle,
  FhirCodeableConcept,
  FhirEncounter,
  FhirEpisodeOfCare,
  FhirExtension,
  FhirHealthcareService,
  FhirLocation,
  FhirMedicationAdministration,
  FhirMedicationDispense,
  FhirOrganization,
  FhirQuantity,
  FhirReference,
  FhirResource,
} from "./fhir-types.js";

/** Our extensions on records: how a dispense was taken, and the days a service was open. */
export const DISPENSING_MODE_EXTENSION = extensionUrl("dispensing-mode");
export const SERVICE_PERIOD_EXTENSION = extensionUrl("service-period");

/**
 * The library's records read from FHIR resources, and what could not be carried over.
 *
 * @example
 * ```ts
 * import type { FhirRecords } from "treatment-quality";
 *
 * const dispensed = (records: FhirRecords) => records.events.length;
 * ```
 */
export interface FhirRecords {
  readonly events: readonly MedicationEvent[];
  readonly contacts: readonly Contact[];
  readonly episodes: readonly TreatmentEpisode[];
  readonly facilities: readonly Facility[];
  readonly services: readonly Service[];
  /** Paths start at the resource: `entry.<i>.resource...` for a bundle, `<i>...` for an array. */
  readonly issues: readonly Issue[];
}

const ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const UCUM = "http://unitsofmeasure.org";

/** Whether a quantity is in a unit: its UCUM code (no other system), or, without a code, a unit written as `written` or none at all. */
const inUnit = (quantity: FhirQuantity, code: string, written: RegExp) =>
  quantity.code === undefined ? quantity.unit === undefined || written.test(quantity.unit) : quantity.code === code && (quantity.system === undefined || quantity.system === UCUM);

/** Encounter classes (HL7 v3 ActCode) and the contact type each is. */
const ENCOUNTER_CLASS: Readonly<Record<string, Contact["contactType"]>> = {
  AMB: "in-person-visit",
  VR: "telemedicine",
  HH: "home-visit",
  EMER: "emergency-visit",
  FLD: "outreach",
  IMP: "inpatient-admission",
  ACUTE: "inpatient-admission",
};
/** The statuses of resources that happened; the others (planned, cancelled, entered in error, being prepared, ...) are not taken. */
const HAPPENED: Readonly<Record<string, readonly string[]>> = {
  MedicationDispense: ["completed"],
  MedicationAdministration: ["completed"],
  Encounter: ["arrived", "triaged", "in-progress", "onleave", "finished"],
  EpisodeOfCare: ["active", "onhold", "finished"],
};

type Path = (string | number)[];

/** A date as written (the first ten characters of a FHIR date or dateTime), without moving it to another time zone. */
const dateOf = (value: string | undefined) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

/**
 * Read a set of FHIR R4 resources (a Bundle, or an array) into the library's records:
 * - `MedicationDispense` (status completed) to a medication event: patient, the date handed over (or
 *   prepared), `daysSupply` in days as the duration, the daily dose from the first dosage's dose in
 *   mg times its daily frequency, the ATC code of the medication, and the facility (an Organization
 *   performer, or the organization managing the `location`);
 * - `MedicationAdministration` (completed) to an observed dose: a supervised event of one day, the
 *   facility from its `context` (the Encounter's service provider or the EpisodeOfCare's managing
 *   organization);
 * - `Encounter` to a contact: the date it started, the first participant as provider, the service
 *   provider (or the location's organization) as facility, and the contact type from our
 *   contact-type coding in `type` or else from the HL7 ActCode class (ambulatory, virtual, home
 *   health, emergency, field, inpatient);
 * - `EpisodeOfCare` to a treatment episode: patient, managing organization, period, and the
 *   modality from a coding of our modality system in `type`;
 * - `Organization` to a facility, with its region from the address's `state`, ownership from a
 *   coding of our ownership system in `type`, and its modalities from the `HealthcareService`s it
 *   provides; each `HealthcareService` to a service (the days it was open in our extension, since R4
 *   has no element for them);
 * - `Location`s, Encounters and EpisodesOfCare also resolve references to the organization behind them.
 *
 * References may be relative (`Patient/P-1`), absolute with a version (`https://.../Patient/P-1/_history/2`)
 * or an entry's `fullUrl` (`urn:uuid:...`; a resource without an id takes the uuid). Dates are read as
 * written, never moved to another time zone. Each record is checked as `validateRecord` checks any
 * record; a resource that cannot make a valid record is reported with its path. What is left out on
 * purpose is reported with the code `not_carried`: a resource that did not happen (cancelled, planned,
 * entered in error), a medication without an ATC coding, a days supply not in days, a dose not in mg or
 * without a daily frequency, dosage instructions after the first, participants after the first, a
 * reference that leads to no organization, an encounter class we do not know, a resource type the
 * library does not read. Other elements (quantities, reasons, diagnoses, ...) have no field in the
 * records and are not read. Nothing is guessed.
 *
 * @param input - a Bundle or an array of resources
 * @param options - the canonical base of our code systems, if not the default
 * @returns the records and the issues
 *
 * @example
 * ```ts
 * import { fromFhirResources } from "treatment-quality";
 *
 * const { events } = fromFhirResources([
 *   { resourceType: "MedicationDispense", status: "completed", subject: { reference: "Patient/P-0001" }, medicationCodeableConcept: { coding: [{ system: "http://www.whocc.no/atc", code: "N07BC02" }] }, whenHandedOver: "2020-04-01T10:00:00+05:00", daysSupply: { value: 14, unit: "d" } },
 * ]);
 * events; // => [{ patientId: "P-0001", date: "2020-04-01", duration: 14, medication: "N07BC02" }]
 * ```
 */
export function fromFhirResources(input: FhirBundle | readonly FhirResource[], options?: FhirExportOptions): FhirRecords {
  const issues: Issue[] = [];
  const isBundle = !Array.isArray(input);
  const bundleEntries = isBundle ? (input as FhirBundle | null)?.entry : undefined;
  const entries: { resource: FhirResource | undefined; fullUrl?: string | undefined; path: Path }[] = isBundle
    ? (Array.isArray(bundleEntries) ? bundleEntries : []).map((entry, index) => ({ resource: entry?.resource, fullUrl: entry?.fullUrl, path: ["entry", index, "resource"] }))
    : (input as readonly FhirResource[]).map((resource, index) => ({ resource, path: [index] }));
  // References: "Type/id", "https://server/fhir/Type/id/_history/2", or an entry's fullUrl ("urn:uuid:..."), resolved to the type and id.
  // Only strings count as types, ids and URLs: anything else in a hostile input is ignored here and reported by the record checks.
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const idOfResource = (resource: FhirResource, fullUrl: string | undefined) => text(resource.id) ?? text(fullUrl)?.split(/[/:]/).at(-1);
  const byUrl = new Map(entries.flatMap(({ resource, fullUrl }) => (text(fullUrl) !== undefined && text(resource?.resourceType) !== undefined ? [[fullUrl!, { type: resource!.resourceType, id: idOfResource(resource!, fullUrl), resource }] as const] : [])));
  const byTypeAndId = new Map(entries.flatMap(({ resource, fullUrl }) => (text(resource?.resourceType) !== undefined && idOfResource(resource!, fullUrl) !== undefined ? [[`${resource!.resourceType}/${idOfResource(resource!, fullUrl)}`, resource] as const] : [])));
  const resolve = (reference: FhirReference | undefined): { type: string | undefined; id: string | undefined; resource: FhirResource | undefined } => {
    const literal = text(reference?.reference);
    if (literal !== undefined) {
      const entry = byUrl.get(literal);
      if (entry !== undefined) return entry;
      const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(literal);
      if (match !== null) return { type: match[1], id: match[2], resource: byTypeAndId.get(`${match[1]}/${match[2]}`) };
      return { type: reference?.type, id: undefined, resource: undefined };
    }
    return { type: text(reference?.type), id: text(reference?.identifier?.value), resource: undefined };
  };
  const idOf = (reference: FhirReference | undefined) => resolve(reference).id;
  /** The facility (an Organization) a reference names: the organization itself, or the one managing a location or providing an encounter or episode; else reported. */
  const facilityOf = (reference: FhirReference | undefined, path: Path): string | undefined => {
    if (reference === undefined) return undefined;
    const { type, id, resource } = resolve(reference);
    if (type === "Organization") return id;
    const via = type === "Location" ? (resource as FhirLocation | undefined)?.managingOrganization : type === "Encounter" ? (resource as FhirEncounter | undefined)?.serviceProvider : type === "EpisodeOfCare" ? (resource as FhirEpisodeOfCare | undefined)?.managingOrganization : undefined;
    const organization = via === undefined ? undefined : resolve(via);
    if (organization?.type === "Organization" && organization.id !== undefined) return organization.id;
    issues.push(issue("not_carried", path, `${type ?? "The reference"} ${JSON.stringify(reference.reference ?? reference.identifier?.value)} does not lead to an Organization in the input (a facility is an Organization, or a Location, Encounter or EpisodeOfCare with one); the record has no facility.`));
    return undefined;
  };
  /** The codes of a vocabulary among the codings (of its system, or of none). */
  const codesIn = (concepts: readonly FhirCodeableConcept[] | undefined, vocabulary: Vocabulary): string[] => {
    const system = fhirCodeSystemUrl(vocabulary, options);
    const codes = codesOf(vocabulary) as readonly string[];
    const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? value.filter((each): each is T => each !== null && typeof each === "object") : []);
    return list<FhirCodeableConcept>(concepts)
      .flatMap((concept) => list<{ system?: unknown; code?: unknown }>(concept.coding))
      .flatMap((coding) => ((coding.system === system || coding.system === undefined) && typeof coding.code === "string" && codes.includes(coding.code) ? [coding.code] : []));
  };
  const codeIn = (concepts: readonly FhirCodeableConcept[] | undefined, vocabulary: Vocabulary) => codesIn(concepts, vocabulary)[0];
  const notCarried = (path: Path, what: string) => issues.push(issue("not_carried", path, `${what} has no field in the library's record and is left out.`));
  /** A days supply in days (UCUM d, or a unit written as days); another unit is reported, not converted. */
  const daysOf = (quantity: FhirQuantity | undefined, path: Path): number | undefined => {
    if (quantity === undefined || quantity === null) return undefined;
    if (typeof quantity !== "object") {
      issues.push(issue("invalid_type", path, `daysSupply must be a Quantity object; got ${JSON.stringify(quantity)}.`));
      return undefined;
    }
    if (inUnit(quantity, "d", /^(d|day|days)$/i)) return quantity.value;
    notCarried(path, `A days supply in ${JSON.stringify(quantity.code ?? quantity.unit)} (only days are read)`);
    return undefined;
  };
  /** A dose in mg (UCUM mg, or a unit written mg); another unit (mL of a solution, tablets) is reported, not converted. */
  const milligrams = (quantity: FhirQuantity | undefined, path: Path): number | undefined => {
    if (quantity === null || typeof quantity !== "object" || quantity.value === undefined) return undefined;
    if (inUnit(quantity, "mg", /^mg$/i)) return quantity.value;
    notCarried(path, `A dose in ${JSON.stringify(quantity.code ?? quantity.unit)} (only mg are read: the strength of a solution is not known here)`);
    return undefined;
  };
  const accept = <K extends RecordKind>(kind: K, record: object, path: Path, into: object[]) => {
    const checked = validateRecord(kind, record, path);
    if (checked.ok) into.push(checked.value);
    else issues.push(...checked.issues);
  };
  const happened = (resource: FhirResource & { status?: string }, path: Path) => {
    if (HAPPENED[resource.resourceType]?.includes(resource.status ?? "")) return true;
    issues.push(issue("not_carried", [...path, "status"], `A ${(resource as FhirResource).resourceType} with status ${JSON.stringify(resource.status)} did not happen (or is not known to have); it is not taken.`));
    return false;
  };

  const events: MedicationEvent[] = [];
  const contacts: Contact[] = [];
  const episodes: TreatmentEpisode[] = [];
  const facilities: { record: Record<string, unknown>; path: Path }[] = [];
  const services: Service[] = [];
  const modalitiesOf = new Map<string, string[]>();

  const medicationOf = (resource: FhirMedicationDispense | FhirMedicationAdministration, path: Path) => {
    const coding = resource.medicationCodeableConcept?.coding?.find((each) => each.system === EXTERNAL_SYSTEMS["atc"]);
    if (coding === undefined && (resource.medicationCodeableConcept !== undefined || resource.medicationReference !== undefined)) notCarried([...path, resource.medicationReference === undefined ? "medicationCodeableConcept" : "medicationReference"], "A medication without an ATC coding");
    return coding?.code;
  };
  const modeOf = (extensions: readonly FhirExtension[] | undefined) => extensions?.find((each) => each.url === DISPENSING_MODE_EXTENSION)?.valueCode;

  for (const { resource, fullUrl, path } of entries) {
    try {
      readResource(resource, fullUrl, path);
    } catch (error) {
      // A resource whose elements do not have R4's shape (an extension that is not a list, say) is reported, never thrown.
      issues.push(issue("invalid_structure", path, `The ${typeof resource?.resourceType === "string" ? resource.resourceType : "resource"} does not have the shape FHIR R4 gives it (${(error as Error).message}); it is left out.`));
    }
  }
  function readResource(resource: FhirResource | undefined, fullUrl: string | undefined, path: Path): void {
    switch (resource?.resourceType) {
      case "MedicationDispense": {
        const dispense = resource as FhirMedicationDispense;
        if (!happened(dispense, path)) break;
        const medication = medicationOf(dispense, path);
        const dosage = dispense.dosageInstruction?.[0];
        const dose = milligrams(dosage?.doseAndRate?.[0]?.doseQuantity, [...path, "dosageInstruction", 0, "doseAndRate", 0, "doseQuantity"]);
        if ((dispense.dosageInstruction?.length ?? 0) > 1) notCarried([...path, "dosageInstruction"], "Dosage instructions after the first");
        const repeat = dosage?.timing?.repeat;
        const perDay = repeat === undefined ? undefined : repeat.periodUnit === "d" && repeat.frequency !== undefined ? repeat.frequency / (repeat.period ?? 1) : undefined;
        if (dose !== undefined && perDay === undefined) notCarried([...path, "dosageInstruction", 0], "A dose without a daily frequency (timing.repeat with periodUnit d)");
        const mode = modeOf(dispense.extension);
        const organizationPerformer = dispense.performer?.find((performer) => resolve(performer.actor).type === "Organization")?.actor;
        const facilityId = facilityOf(organizationPerformer ?? dispense.location, [...path, organizationPerformer === undefined ? "location" : "performer"]);
        const supplyDays = daysOf(dispense.daysSupply, [...path, "daysSupply"]);
        accept(
          "medicationEvent",
          {
            patientId: idOf(dispense.subject),
            date: dateOf(dispense.whenHandedOver ?? dispense.whenPrepared),
            duration: supplyDays,
            ...(dose !== undefined && perDay !== undefined ? { dailyDose: dose * perDay } : {}),
            ...(medication === undefined ? {} : { medication }),
            ...(facilityId === undefined ? {} : { facilityId }),
            ...(mode === undefined ? {} : { dispensingMode: mode }),
          },
          path,
          events,
        );
        break;
      }
      case "MedicationAdministration": {
        const administration = resource as FhirMedicationAdministration;
        if (!happened(administration, path)) break;
        const medication = medicationOf(administration, path);
        const facilityId = facilityOf(administration.context, [...path, "context"]);
        const dose = milligrams(administration.dosage?.dose, [...path, "dosage", "dose"]);
        accept(
          "medicationEvent",
          {
            patientId: idOf(administration.subject),
            date: dateOf(administration.effectiveDateTime ?? administration.effectivePeriod?.start),
            duration: 1,
            ...(dose === undefined ? {} : { dailyDose: dose }),
            ...(medication === undefined ? {} : { medication }),
            ...(facilityId === undefined ? {} : { facilityId }),
            dispensingMode: "supervised",
          },
          path,
          events,
        );
        break;
      }
      case "Encounter": {
        const encounter = resource as FhirEncounter;
        if (!happened(encounter, path)) break;
        const actCode = encounter.class?.system === undefined || encounter.class.system === ACT_CODE;
        const contactType = codeIn(encounter.type, CONTACT_TYPE) ?? (actCode ? ENCOUNTER_CLASS[encounter.class?.code ?? ""] : undefined);
        if (contactType === undefined) notCarried([...path, "class"], `The encounter class ${JSON.stringify(encounter.class?.code)}`);
        if ((encounter.participant?.length ?? 0) > 1) notCarried([...path, "participant"], "Participants after the first");
        const facilityId = facilityOf(encounter.serviceProvider ?? encounter.location?.[0]?.location, [...path, encounter.serviceProvider === undefined ? "location" : "serviceProvider"]);
        accept(
          "contact",
          { patientId: idOf(encounter.subject), date: dateOf(encounter.period?.start), providerId: idOf(encounter.participant?.[0]?.individual), ...(facilityId === undefined ? {} : { facilityId }), ...(contactType === undefined ? {} : { contactType }) },
          path,
          contacts,
        );
        break;
      }
      case "EpisodeOfCare": {
        const episode = resource as FhirEpisodeOfCare;
        if (!happened(episode, path)) break;
        const dischargeDate = dateOf(episode.period?.end);
        accept(
          "treatmentEpisode",
          { id: episode.id, patientId: idOf(episode.patient), facilityId: facilityOf(episode.managingOrganization, [...path, "managingOrganization"]), modality: codeIn(episode.type, MODALITY), admissionDate: dateOf(episode.period?.start), ...(dischargeDate === undefined ? {} : { dischargeDate }) },
          path,
          episodes,
        );
        break;
      }
      case "Organization": {
        const organization = resource as FhirOrganization;
        const address = organization.address?.[0];
        facilities.push({
          path,
          record: { id: idOfResource(organization, fullUrl), name: organization.name, region: address?.state, ...(address?.district === undefined ? {} : { administrativeArea: address.district }), ownership: codeIn(organization.type, OWNERSHIP) },
        });
        break;
      }
      case "HealthcareService": {
        const service = resource as FhirHealthcareService;
        const modality = codeIn([...(service.type ?? []), ...(service.category ?? [])], MODALITY);
        const facilityId = idOf(service.providedBy);
        const open = service.extension?.find((each) => each.url === SERVICE_PERIOD_EXTENSION)?.valuePeriod;
        if (facilityId !== undefined && modality !== undefined) modalitiesOf.set(facilityId, [...new Set([...(modalitiesOf.get(facilityId) ?? []), modality])]);
        accept(
          "service",
          {
            id: service.id,
            facilityId,
            ...(service.name === undefined ? {} : { name: service.name }),
            modality,
            openedOn: dateOf(open?.start),
            ...(dateOf(open?.end) === undefined ? {} : { closedOn: dateOf(open?.end) }),
            deliveryForms: [...new Set(codesIn(service.characteristic, DELIVERY_FORM))],
          },
          path,
          services,
        );
        break;
      }
      case "Location":
        break;
      default:
        issues.push(issue("not_carried", [...path, "resourceType"], `A ${typeof resource?.resourceType === "string" ? JSON.stringify(resource.resourceType) : "typeless"} resource is not read into the library's records.`));
    }
  }
  const facilityRecords: Facility[] = [];
  for (const { record, path } of facilities) accept("facility", { ...record, modalities: modalitiesOf.get(String(record["id"])) ?? [] }, path, facilityRecords);
  return { events, contacts, episodes, facilities: facilityRecords, services, issues };
}
