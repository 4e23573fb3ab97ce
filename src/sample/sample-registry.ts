/** A fictional national OAT registry, generated from a seed, for the guides, the demo and benchmarks. */
import { compareText } from "../_lib/compare-text.js";
import { addDays, dayNumberToIsoDate, isoDateToDayNumber, type IsoDate, type Period } from "../days/index.js";
import type { Assessment } from "../assessment/index.js";
import type { Contact, Facility, MedicationEvent, Service, ServiceVolume, TreatmentEpisode } from "../services/index.js";
import { sampleAssessments } from "./sample-assessments.js";
import { seededRandom, type SeededRandom } from "./seeded-random.js";

/**
 * Options of {@link generateSampleRegistry}.
 *
 * @example
 * ```ts
 * import type { SampleRegistryOptions } from "treatment-quality/sample";
 *
 * const small: SampleRegistryOptions = { seed: 7, patients: 200 };
 * ```
 */
export interface SampleRegistryOptions {
  /** Any whole number (default 1); the same seed always gives the same registry. */
  readonly seed?: number;
  /** How many patients, 1 to 100,000 (default 1,000: about 330,000 dispensing records). */
  readonly patients?: number;
}

/**
 * A fictional patient: pseudonymous id, sex and birth date.
 *
 * @example
 * ```ts
 * import type { SamplePatient } from "treatment-quality/sample";
 *
 * const patient: SamplePatient = { patientId: "P-000001", sex: "male", birthDate: "1981-04-17" };
 * ```
 */
export interface SamplePatient {
  readonly patientId: string;
  readonly sex: "female" | "male";
  readonly birthDate: IsoDate;
}

/**
 * The story the registry tells: three years of data, a COVID-19-like disruption in spring 2020 with
 * the periods before, during and after it, the OAT services that closed for a while, and the monthly
 * reports that never came.
 *
 * @example
 * ```ts
 * import { generateSampleRegistry } from "treatment-quality/sample";
 *
 * generateSampleRegistry({ patients: 1 }).scenario.disruption; // => { start: "2020-03-16", end: "2020-06-30" }
 * ```
 */
export interface SampleScenario {
  readonly studyPeriod: Period;
  readonly disruption: Period;
  readonly before: Period;
  readonly after: Period;
  /** OAT services closed for a while: no dispensing, and reports of zero patients. */
  readonly closures: readonly { readonly facilityId: string; readonly serviceId: string; readonly period: Period }[];
  /** Monthly reports missing from `volumes`. */
  readonly missingReports: readonly { readonly facilityId: string; readonly serviceId: string; readonly period: Period }[];
}

/**
 * A fictional country's registry: regions, facilities and their services, patients, treatment
 * episodes, OAT dispensing (daily observed doses and take-home periods), contacts with providers,
 * deaths, monthly service volumes, and self and external assessments of every facility against the
 * illustrative national standard. Every name is invented, and `notice` says so.
 *
 * @example
 * ```ts
 * import { generateSampleRegistry } from "treatment-quality/sample";
 *
 * const registry = generateSampleRegistry({ patients: 50 });
 * [registry.regions.length, registry.facilities.length]; // => [13, 60]
 * ```
 */
export interface SampleRegistry {
  readonly notice: string;
  readonly scenario: SampleScenario;
  readonly regions: readonly string[];
  readonly facilities: readonly Facility[];
  readonly services: readonly Service[];
  readonly patients: readonly SamplePatient[];
  readonly episodes: readonly TreatmentEpisode[];
  /** Dispensing records grouped by patient, in date order. */
  readonly events: readonly MedicationEvent[];
  /** Contacts grouped by patient, in date order. */
  readonly contacts: readonly Contact[];
  readonly exits: readonly { readonly patientId: string; readonly date: IsoDate; readonly reason: "death" }[];
  readonly volumes: readonly ServiceVolume[];
  /** Two per facility against `illustrativeNationalStandard`: a self-assessment in autumn 2019, an external one in spring 2021. */
  readonly assessments: readonly Assessment[];
}

const REGIONS = ["Amber", "Birch", "Cedar", "Delta", "Elm", "Fern", "Granite", "Harbour", "Iris", "Juniper", "Kestrel", "Lagoon", "Meadow"] as const;
const STUDY = { start: isoDateToDayNumber("2019-01-01"), end: isoDateToDayNumber("2021-12-31") };
const DISRUPTION = { start: isoDateToDayNumber("2020-03-16"), end: isoDateToDayNumber("2020-06-30") };
const BEFORE = { start: isoDateToDayNumber("2019-12-01"), end: isoDateToDayNumber("2020-03-15") };
const AFTER = { start: isoDateToDayNumber("2020-07-01"), end: isoDateToDayNumber("2020-10-15") };
const CLOSURE = { start: isoDateToDayNumber("2020-04-01"), end: isoDateToDayNumber("2020-05-31") };
const METHADONE = "N07BC02";
/** The share of patients already in treatment when the data begin: about what keeps the number in treatment level. */
const PREVALENT = 0.4;
const BUPRENORPHINE = "N07BC01";

const periodOf = (range: { start: number; end: number }): Period => ({ start: dayNumberToIsoDate(range.start), end: dayNumberToIsoDate(range.end) });
const within = (day: number, range: { start: number; end: number }) => day >= range.start && day <= range.end;

/** The kinds of facility a region has, in order: the first two dispense OAT. */
const KINDS = [
  { suffix: "narcology dispensary", ownership: "public", modalities: ["outpatient", "short-term-inpatient"], oat: [METHADONE, BUPRENORPHINE] },
  { suffix: "polyclinic OAT site", ownership: "public", modalities: ["outpatient"], oat: [METHADONE] },
  { suffix: "rehabilitation centre", ownership: "private-not-for-profit", modalities: ["long-term-residential"], oat: [] },
  { suffix: "harm-reduction NGO", ownership: "private-not-for-profit", modalities: ["community-outreach"], oat: [] },
  { suffix: "private addiction clinic", ownership: "private-for-profit", modalities: ["outpatient"], oat: [BUPRENORPHINE] },
] as const;

interface Site {
  readonly facility: Facility;
  readonly oatServiceId: string | undefined;
  readonly medications: readonly string[];
  readonly weight: number;
  closed: boolean;
}

function buildFacilities(random: SeededRandom): { sites: Site[]; services: Service[] } {
  // 13 regions, 60 facilities: four in each, five more in the capital (Amber) and three regions of the next size.
  const perRegion = REGIONS.map((_, index) => (index === 0 ? 9 : index <= 3 ? 5 : 4));
  const sites: Site[] = [];
  const services: Service[] = [];
  REGIONS.forEach((region, regionIndex) => {
    for (let number = 1; number <= perRegion[regionIndex]!; number += 1) {
      const kind = KINDS[(number - 1) % KINDS.length]!;
      const id = `${region.slice(0, 3).toUpperCase()}-${String(number).padStart(2, "0")}`;
      const facility: Facility = { id, name: `${region} ${kind.suffix}${number > KINDS.length ? ` No. ${number}` : ""} (fictional)`, region, ownership: kind.ownership, modalities: [...kind.modalities] };
      const openedOn = dayNumberToIsoDate(isoDateToDayNumber("2008-01-01") + random.integer(0, 3650));
      const oatServiceId = kind.oat.length > 0 ? `${id}-OAT` : undefined;
      for (const modality of kind.modalities) {
        const serviceId = modality === "outpatient" && oatServiceId !== undefined ? oatServiceId : `${id}-${modality === "short-term-inpatient" ? "INP" : modality === "long-term-residential" ? "RES" : modality === "community-outreach" ? "NSP" : "OUT"}`;
        const oat = serviceId === oatServiceId;
        services.push({
          id: serviceId,
          facilityId: id,
          modality,
          openedOn,
          deliveryForms: oat ? ["in-person", "take-home-dosing", "telemedicine"] : modality === "community-outreach" ? ["outreach"] : ["in-person"],
          ...(oat ? { name: "Opioid agonist treatment", medications: [...kind.oat] } : {}),
        });
      }
      sites.push({ facility, oatServiceId, medications: kind.oat, weight: regionIndex === 0 ? 2 : 1, closed: false });
    }
  });
  return { sites, services };
}

/** The share of eligible patients given take-home doses, by the day the dose block starts. */
function takeHomeShare(day: number): number {
  if (within(day, DISRUPTION)) return 0.65;
  if (day > DISRUPTION.end && day <= isoDateToDayNumber("2020-12-31")) return 0.3;
  return day > DISRUPTION.end ? 0.22 : 0.12;
}

/** The kind of a routine review contact, by day: remote care grows in the disruption and stays after it. */
function reviewType(random: SeededRandom, day: number): Contact["contactType"] {
  const draw = random.next();
  if (within(day, DISRUPTION)) return draw < 0.45 ? "telemedicine" : draw < 0.7 ? "telephone" : "in-person-visit";
  if (day > DISRUPTION.end) return draw < 0.15 ? "telemedicine" : draw < 0.25 ? "telephone" : "in-person-visit";
  return draw < 0.05 ? "telephone" : "in-person-visit";
}

interface PatientRecords {
  patient: SamplePatient;
  episodes: TreatmentEpisode[];
  events: MedicationEvent[];
  contacts: Contact[];
  exits: { patientId: string; date: IsoDate; reason: "death" }[];
}

/** One patient's history, from its own random stream: spells of treatment, each an episode. */
function simulatePatient(index: number, seed: number, oatSites: readonly Site[], totalWeight: number): PatientRecords {
  const random = seededRandom(seed, index + 1);
  const patientId = `P-${String(index + 1).padStart(6, "0")}`;
  const patient: SamplePatient = { patientId, sex: random.chance(0.18) ? "female" : "male", birthDate: dayNumberToIsoDate(isoDateToDayNumber("1962-01-01") + random.integer(0, 38 * 365)) };
  const records: PatientRecords = { patient, episodes: [], events: [], contacts: [], exits: [] };
  let pick = random.next() * totalWeight;
  let site = oatSites.find((each) => (pick -= each.weight) < 0) ?? oatSites[0]!;
  const medication = site.medications.length > 1 && random.chance(0.2) ? BUPRENORPHINE : site.medications[0]!;
  const dailyDose = medication === METHADONE ? 10 * random.integer(6, 12) : 2 * random.integer(4, 12);
  const doctor = `D${random.integer(1, 3)}`;
  // A third were already in treatment when the data begin; the others enter during the three years.
  let admission = random.chance(PREVALENT) ? STUDY.start - Math.floor(-500 * Math.log(1 - random.next())) : random.integer(STUDY.start, STUDY.end - 30);
  if (site.closed && within(admission, CLOSURE)) admission = CLOSURE.end + 1; // no admissions while closed
  let day = Math.max(admission, STUDY.start);
  let spell = 0;
  const emit = <T extends { date: IsoDate }>(list: T[], record: T, on: number) => {
    if (within(on, STUDY)) list.push(record);
  };
  while (day <= STUDY.end) {
    spell += 1;
    const episodeId = `${patientId}-E${spell}`;
    const episode: { -readonly [K in keyof TreatmentEpisode]: TreatmentEpisode[K] } = { id: episodeId, patientId, facilityId: site.facility.id, serviceId: site.oatServiceId!, modality: "outpatient", admissionDate: dayNumberToIsoDate(admission), primarySubstance: "heroin", previouslyTreated: spell > 1 };
    records.episodes.push(episode);
    emit(records.contacts, { patientId, date: dayNumberToIsoDate(admission), providerId: `${site.facility.id}-${doctor}`, facilityId: site.facility.id, contactType: "in-person-visit" }, admission);
    let nextReview = day + random.integer(20, 35);
    let regimeUntil = day;
    let onTakeHome = false;
    let end: { day: number; reason: "dropped-out" | "death" | "transferred" | "other" } | undefined;
    const closesToday = (today: number) => site.closed && within(today, CLOSURE);
    while (end === undefined && day <= STUDY.end) {
      if (closesToday(day)) end = { day: day - 1, reason: "other" };
      if (end !== undefined) break;
      // Whether the patient takes doses home is decided about monthly, and again when the disruption begins.
      if (day >= regimeUntil) {
        onTakeHome = day - admission >= (within(day, DISRUPTION) ? 14 : 90) && random.chance(takeHomeShare(day));
        regimeUntil = day + 28 < DISRUPTION.start || day >= DISRUPTION.start ? day + 28 : DISRUPTION.start;
      }
      const takeHome = onTakeHome;
      const length = takeHome ? (within(day, DISRUPTION) ? 14 : 7) : 7;
      if (takeHome) emit(records.events, { patientId, date: dayNumberToIsoDate(day), duration: length, dailyDose, medication, facilityId: site.facility.id, dispensingMode: "take-home" }, day);
      for (let offset = 0; offset < length && end === undefined; offset += 1) {
        const today = day + offset;
        if (today > STUDY.end) break;
        if (!takeHome && closesToday(today)) {
          end = { day: today - 1, reason: "other" };
          break;
        }
        if (!takeHome && random.chance(0.97)) emit(records.events, { patientId, date: dayNumberToIsoDate(today), duration: 1, dailyDose, medication, facilityId: site.facility.id, dispensingMode: "supervised" }, today);
        if (today === nextReview) {
          const own = random.chance(0.85);
          emit(records.contacts, { patientId, date: dayNumberToIsoDate(today), providerId: `${site.facility.id}-${own ? doctor : `D${random.integer(4, 5)}`}`, facilityId: site.facility.id, contactType: reviewType(random, today) }, today);
          nextReview = today + random.integer(25, 35);
        }
        if (random.chance(0.0004)) emit(records.contacts, { patientId, date: dayNumberToIsoDate(today), providerId: `${site.facility.id}-ER`, facilityId: site.facility.id, contactType: "emergency-visit" }, today);
        const hazard = (today - admission < 30 ? 0.006 : 0.0018) * (within(today, DISRUPTION) ? 1.5 : 1);
        if (random.chance(0.00004)) end = { day: today, reason: "death" };
        else if (random.chance(hazard)) end = { day: today + (takeHome ? length - 1 - offset : 0), reason: "dropped-out" };
      }
      day += length;
    }
    if (end === undefined) break;
    // The site closed: some patients move to another site of the region, the others are left without treatment.
    if (end.reason === "other") {
      const others = oatSites.filter((each) => each.facility.region === site.facility.region && !each.closed && each.medications.includes(medication));
      if (others.length > 0 && random.chance(0.6)) {
        end.reason = "transferred";
        site = random.pick(others);
      }
    }
    if (end.day >= admission) {
      episode.dischargeDate = dayNumberToIsoDate(end.day);
      episode.dischargeReason = end.reason;
    } else records.episodes.pop(); // closed before it began: no episode
    if (end.reason === "death") {
      emit(records.exits, { patientId, date: dayNumberToIsoDate(end.day), reason: "death" }, end.day);
      break;
    }
    if (end.reason === "transferred") {
      admission = end.day + 1;
      day = admission;
      continue;
    }
    // Some come back: after a closure, when the site reopens; after dropping out, weeks or months later.
    if (end.reason === "other") {
      if (!random.chance(0.5)) break;
      admission = CLOSURE.end + 1 + random.integer(0, 30);
    } else {
      if (!random.chance(0.3)) break;
      admission = end.day + random.integer(30, 240);
    }
    day = admission;
  }
  return records;
}

/** Monthly volumes of every service: OAT from the patients' records, the others drawn around a level that drops in the disruption. */
function buildVolumes(random: SeededRandom, sites: readonly Site[], services: readonly Service[], records: readonly PatientRecords[], missing: SampleScenario["missingReports"]): ServiceVolume[] {
  const months: { start: number; end: number }[] = [];
  for (let month = 0; month < 36; month += 1) {
    const start = isoDateToDayNumber(`${2019 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`);
    const next = month === 35 ? STUDY.end + 1 : isoDateToDayNumber(`${2019 + Math.floor((month + 1) / 12)}-${String(((month + 1) % 12) + 1).padStart(2, "0")}-01`);
    months.push({ start, end: next - 1 });
  }
  const monthOf = (day: number) => {
    const date = dayNumberToIsoDate(day);
    return (Number(date.slice(0, 4)) - 2019) * 12 + Number(date.slice(5, 7)) - 1;
  };
  const patientsByMonth = new Map<string, Set<string>[]>();
  const contactsByMonth = new Map<string, number[]>();
  for (const { events, contacts } of records) {
    for (const event of events) {
      const sets = patientsByMonth.get(event.facilityId!) ?? months.map(() => new Set<string>());
      patientsByMonth.set(event.facilityId!, sets);
      sets[monthOf(isoDateToDayNumber(event.date))]!.add(event.patientId);
    }
    for (const contact of contacts) {
      const counts = contactsByMonth.get(contact.facilityId!) ?? months.map(() => 0);
      contactsByMonth.set(contact.facilityId!, counts);
      counts[monthOf(isoDateToDayNumber(contact.date))]! += 1;
    }
  }
  const isMissing = (serviceId: string, month: { start: number }) => missing.some((each) => each.serviceId === serviceId && each.period.start === dayNumberToIsoDate(month.start));
  const volumes: ServiceVolume[] = [];
  for (const service of services) {
    const site = sites.find((each) => each.facility.id === service.facilityId)!;
    const level = random.integer(15, 60);
    const drop = service.modality === "community-outreach" ? 0.35 : service.modality === "short-term-inpatient" ? 0.6 : 0.85;
    months.forEach((month, index) => {
      if (isMissing(service.id, month)) return;
      const period = periodOf(month);
      if (service.id === site.oatServiceId) {
        volumes.push({ facilityId: service.facilityId, serviceId: service.id, period, unit: "patients", count: patientsByMonth.get(service.facilityId)?.[index]?.size ?? 0 });
        volumes.push({ facilityId: service.facilityId, serviceId: service.id, period, unit: "contacts", count: contactsByMonth.get(service.facilityId)?.[index] ?? 0 });
        return;
      }
      const factor = month.start >= isoDateToDayNumber("2020-04-01") && month.end <= DISRUPTION.end ? drop : 1;
      const unit = service.modality === "community-outreach" ? "kits-distributed" : "admissions";
      volumes.push({ facilityId: service.facilityId, serviceId: service.id, period, unit, count: Math.round(level * factor * (0.9 + 0.2 * random.next())) });
    });
  }
  return volumes;
}

/** The country of a seed: facilities, services, closures and missing reports, drawn from stream 0. */
function setupOf(options: SampleRegistryOptions) {
  const seed = options.seed ?? 1;
  const count = options.patients ?? 1000;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number; got ${String(seed)}.`);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error(`patients must be a whole number from 1 to 100,000; got ${String(count)}.`);
  const random = seededRandom(seed, 0);
  const { sites, services } = buildFacilities(random);
  const oatSites = sites.filter((site) => site.oatServiceId !== undefined);
  // Three polyclinic OAT sites outside the capital close for April and May 2020.
  const closable = oatSites.filter((site) => site.facility.region !== REGIONS[0] && site.facility.modalities.length === 1 && site.medications.includes(METHADONE));
  const closures = [0, 1, 2].map(() => closable.splice(random.integer(0, closable.length - 1), 1)[0]!).sort((a, b) => compareText(a.facility.id, b.facility.id));
  for (const site of closures) site.closed = true;
  const reporters = oatSites.filter((site) => !site.closed);
  const missingReports = [
    { site: reporters[random.integer(0, reporters.length - 1)]!, month: "2020-06" },
    { site: reporters[random.integer(0, reporters.length - 1)]!, month: "2019-05" },
  ].map(({ site, month }) => ({ facilityId: site.facility.id, serviceId: site.oatServiceId!, period: { start: `${month}-01`, end: addDays(`${month}-01`, month.endsWith("06") ? 29 : 30) } }));
  const totalWeight = oatSites.reduce((sum, site) => sum + site.weight, 0);
  return { seed, count, random, sites, services, oatSites, closures, missingReports, totalWeight };
}

/**
 * One patient of the sample registry with all its records, as {@link generateSamplePatients} yields them.
 *
 * @example
 * ```ts
 * import type { SamplePatientRecords } from "treatment-quality/sample";
 *
 * const dispensings = (patient: SamplePatientRecords) => patient.events.length;
 * ```
 */
export interface SamplePatientRecords {
  readonly patient: SamplePatient;
  readonly episodes: readonly TreatmentEpisode[];
  readonly events: readonly MedicationEvent[];
  readonly contacts: readonly Contact[];
  readonly exits: readonly { readonly patientId: string; readonly date: IsoDate; readonly reason: "death" }[];
}

/**
 * The patients of the sample registry one at a time, each with its episodes, dispensing, contacts
 * and exits: the same patients as {@link generateSampleRegistry} with the same options, without
 * holding them all in memory, for benchmarks at the largest sizes (100,000 patients are about 33
 * million dispensing records; the whole registry in memory takes about 550 MB per 10,000 patients).
 * Each patient's records are in date order, so the stream is grouped by patient as the continuity
 * engines read it.
 *
 * @param options - see {@link SampleRegistryOptions}
 * @returns the patients, lazily
 *
 * @example
 * ```ts
 * import { generateSamplePatients } from "treatment-quality/sample";
 *
 * let dispensings = 0;
 * for (const patient of generateSamplePatients({ patients: 20 })) dispensings += patient.events.length;
 * dispensings > 0; // => true
 * ```
 */
export function* generateSamplePatients(options: SampleRegistryOptions = {}): Generator<SamplePatientRecords> {
  const { seed, count, oatSites, totalWeight } = setupOf(options);
  for (let index = 0; index < count; index += 1) yield simulatePatient(index, seed, oatSites, totalWeight);
}

/**
 * Generate the fictional registry of a country of 13 regions and 60 facilities (dispensaries,
 * polyclinic OAT sites and private clinics dispensing OAT; rehabilitation centres; harm-reduction
 * NGOs), with three years of data, 2019 to 2021. OAT patients take their doses under observation
 * every day, or take doses home for a week (two weeks in the disruption) once stable. In spring 2020
 * a COVID-19-like disruption closes three OAT sites for April and May (their patients move to
 * another site of the region or are left without treatment, half coming back when it reopens),
 * expands take-home dosing, moves reviews to telemedicine and telephone, and raises dropout; two
 * monthly reports are missing. Each facility rates itself against the illustrative national standard
 * in 2019 and is assessed externally in 2021. Deterministic: the same options give the same registry, in every
 * time zone, and each patient's history depends only on the seed and its number.
 *
 * @param options - see {@link SampleRegistryOptions}
 * @returns the registry (fictional, as `notice` says)
 *
 * @example
 * ```ts
 * import { generateSampleRegistry } from "treatment-quality/sample";
 *
 * const registry = generateSampleRegistry({ seed: 1, patients: 100 });
 * registry.notice.startsWith("Fictional data"); // => true
 * registry.patients.length; // => 100
 * ```
 */
export function generateSampleRegistry(options: SampleRegistryOptions = {}): SampleRegistry {
  const { seed, count, random, sites, services, oatSites, closures, missingReports, totalWeight } = setupOf(options);
  const records = Array.from({ length: count }, (_, index) => simulatePatient(index, seed, oatSites, totalWeight));
  return {
    notice: `Fictional data from treatment-quality's sample registry (seed ${seed}, ${count} patients): no real person, facility or region.`,
    scenario: {
      studyPeriod: periodOf(STUDY),
      disruption: periodOf(DISRUPTION),
      before: periodOf(BEFORE),
      after: periodOf(AFTER),
      closures: closures.map((site) => ({ facilityId: site.facility.id, serviceId: site.oatServiceId!, period: periodOf(CLOSURE) })),
      missingReports,
    },
    regions: [...REGIONS],
    facilities: sites.map((site) => site.facility),
    services,
    patients: records.map((each) => each.patient),
    episodes: records.flatMap((each) => each.episodes),
    events: records.flatMap((each) => each.events),
    contacts: records.flatMap((each) => each.contacts),
    exits: records.flatMap((each) => each.exits),
    volumes: buildVolumes(random, sites, services, records, missingReports),
    assessments: sampleAssessments(seed, sites.map((site) => site.facility)),
  };
}
