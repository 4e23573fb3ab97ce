import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isoDateToDayNumber } from "../days/index.js";
import { AssessmentSchema, scoreAssessment, type Assessment } from "../assessment/index.js";
import { validateRecords } from "../services/index.js";
import { illustrativeNationalStandard } from "../standards/index.js";
import { generateSamplePatients, generateSampleRegistry, type SampleRegistry } from "./sample-registry.js";

const registry = generateSampleRegistry({ seed: 1, patients: 300 });
const validateAssessments = (assessments: readonly Assessment[]) => assessments.flatMap((assessment) => AssessmentSchema.safeParse(assessment).error?.issues ?? []);
const day = isoDateToDayNumber;
const inPeriod = (date: string, period: { start: string; end: string }) => date >= period.start && date <= period.end;

describe("generateSampleRegistry: deterministic", () => {
  it("gives the same registry for the same options, byte for byte, in every time zone, and another for another seed", () => {
    const hash = (value: SampleRegistry) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
    const small = generateSampleRegistry({ seed: 1, patients: 40 });
    expect(hash(generateSampleRegistry({ seed: 1, patients: 40 }))).toBe(hash(small));
    expect(hash(generateSampleRegistry({ seed: 2, patients: 40 }))).not.toBe(hash(small));
    // The suite runs in four time zones: the same hash in each proves no local time is used.
    expect(hash(small)).toBe("940730de1dca34da");
  });

  it("gives each patient a history that depends only on the seed and its number", () => {
    const fewer = generateSampleRegistry({ seed: 1, patients: 120 });
    const ofFirst = (records: readonly { patientId: string }[]) => records.filter((record) => record.patientId <= "P-000120");
    expect(fewer.events).toEqual(ofFirst(registry.events));
    expect(fewer.contacts).toEqual(ofFirst(registry.contacts));
    expect(fewer.episodes).toEqual(ofFirst(registry.episodes));
  });

  it("streams the same patients one at a time", () => {
    const streamed = [...generateSamplePatients({ seed: 1, patients: 300 })];
    expect(streamed.map((each) => each.patient)).toEqual(registry.patients);
    expect(streamed.flatMap((each) => each.events)).toEqual(registry.events);
    expect(streamed.flatMap((each) => each.contacts)).toEqual(registry.contacts);
    expect(streamed.flatMap((each) => each.episodes)).toEqual(registry.episodes);
  });

  it("throws for impossible options, naming them", () => {
    expect(() => generateSampleRegistry({ patients: 0 })).toThrow(/patients must be a whole number from 1 to 100,000/);
    expect(() => generateSampleRegistry({ patients: 100_001 })).toThrow(/patients/);
    expect(() => generateSampleRegistry({ seed: 1.5 })).toThrow(/seed must be a whole number/);
  });
});

describe("generateSampleRegistry: valid records of a fictional country", () => {
  it("passes every record schema", () => {
    for (const [kind, records] of [
      ["facility", registry.facilities],
      ["service", registry.services],
      ["treatmentEpisode", registry.episodes],
      ["medicationEvent", registry.events],
      ["contact", registry.contacts],
      ["serviceVolume", registry.volumes],
    ] as const) {
      const validation = validateRecords(kind, records);
      expect(validation.issues, kind).toEqual([]);
    }
  });

  it("assesses every facility twice against the illustrative national standard, with valid assessments and varied decisions", () => {
    expect(validateAssessments(registry.assessments)).toEqual([]);
    expect(registry.assessments.map((assessment) => assessment.facilityId)).toEqual(registry.facilities.flatMap((facility) => [facility.id, facility.id]));
    const outcomes = new Set(registry.assessments.map((assessment) => scoreAssessment(illustrativeNationalStandard, assessment).decision.outcome));
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
  });

  it("has 13 regions and 60 facilities, all fictional, and says so", () => {
    expect(registry.regions).toHaveLength(13);
    expect(registry.facilities).toHaveLength(60);
    expect(new Set(registry.facilities.map((facility) => facility.region))).toEqual(new Set(registry.regions));
    for (const facility of registry.facilities) expect(facility.name).toMatch(/\(fictional\)$/);
    expect(registry.notice).toMatch(/^Fictional data .*seed 1, 300 patients.*no real person, facility or region/);
    expect(new Set(registry.patients.map((patient) => patient.patientId)).size).toBe(300);
  });

  it("keeps each patient's dispensing in date order, inside an episode at the same facility, within the three years", () => {
    const episodesOf = new Map<string, (typeof registry.episodes)[number][]>();
    for (const episode of registry.episodes) episodesOf.set(episode.patientId, [...(episodesOf.get(episode.patientId) ?? []), episode]);
    let previous = { patientId: "", date: "" };
    const wrong: string[] = [];
    for (const event of registry.events) {
      if (!(event.patientId > previous.patientId || (event.patientId === previous.patientId && event.date >= previous.date))) wrong.push(`${event.patientId} ${event.date}: out of order`);
      if (!inPeriod(event.date, registry.scenario.studyPeriod)) wrong.push(`${event.patientId} ${event.date}: outside the three years`);
      const episode = episodesOf.get(event.patientId)?.find((each) => each.facilityId === event.facilityId && event.date >= each.admissionDate && event.date <= (each.dischargeDate ?? "9999-12-31"));
      if (episode === undefined) wrong.push(`${event.patientId} ${event.date}: in no episode at ${event.facilityId}`);
      previous = event;
    }
    expect(wrong).toEqual([]);
    for (const episodes of episodesOf.values()) {
      for (const [index, episode] of episodes.entries()) if (index > 0) expect(episode.admissionDate > episodes[index - 1]!.dischargeDate!).toBe(true);
    }
  });
});

describe("generateSampleRegistry: the disruption it tells", () => {
  const { scenario } = registry;

  it("closes three OAT sites for April and May 2020: no dispensing there, and reports of zero patients", () => {
    expect(scenario.closures).toHaveLength(3);
    for (const closure of scenario.closures) {
      expect(registry.events.filter((event) => event.facilityId === closure.facilityId && inPeriod(event.date, closure.period) && event.dispensingMode === "supervised")).toEqual([]);
      const reports = registry.volumes.filter((volume) => volume.serviceId === closure.serviceId && volume.unit === "patients" && inPeriod(volume.period.start, closure.period));
      expect(reports.map((volume) => volume.count)).toEqual([0, 0]);
    }
  });

  it("leaves out the missing monthly reports, and has every other month of every service", () => {
    for (const missing of scenario.missingReports) expect(registry.volumes.filter((volume) => volume.serviceId === missing.serviceId && volume.period.start === missing.period.start)).toEqual([]);
    const oatServices = registry.services.filter((service) => service.id.endsWith("-OAT")).length;
    const others = registry.services.length - oatServices;
    expect(registry.volumes.length).toBe(36 * (2 * oatServices + others) - 2 * scenario.missingReports.length);
  });

  it("expands take-home doses and remote contacts in the disruption", () => {
    const share = (period: { start: string; end: string }) => {
      const events = registry.events.filter((event) => inPeriod(event.date, period));
      const contacts = registry.contacts.filter((contact) => inPeriod(contact.date, period) && contact.contactType !== "emergency-visit");
      return {
        takeHome: new Set(events.filter((event) => event.dispensingMode === "take-home").map((event) => event.patientId)).size / new Set(events.map((event) => event.patientId)).size,
        remote: contacts.filter((contact) => contact.contactType === "telemedicine" || contact.contactType === "telephone").length / contacts.length,
      };
    };
    const [before, during, after] = [share(scenario.before), share(scenario.disruption), share(scenario.after)];
    expect(during.takeHome).toBeGreaterThan(2 * before.takeHome);
    expect(during.remote).toBeGreaterThan(4 * before.remote);
    expect(after.remote).toBeGreaterThan(before.remote);
    expect(day(scenario.disruption.start)).toBeLessThan(day(scenario.disruption.end));
  });
});
