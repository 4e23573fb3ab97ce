/**
 * A fictional national registry of drug-dependence treatment, generated from a seed: 13 regions, 60
 * facilities, three years of OAT dispensing, contacts, episodes and service volumes, with a
 * COVID-19-like disruption in spring 2020. For guides, demos, tests and benchmarks; never real data.
 *
 * @module sample
 */
export { type SampleRegistryOptions, type SamplePatient, type SampleScenario, type SampleRegistry, generateSampleRegistry, type SamplePatientRecords, generateSamplePatients } from "./sample-registry.js";
