/** Grouping medications into classes before continuity is measured, so a switch within a class stays continuous. */
import { lookupAtc } from "../codes/index.js";
import type { PatientEvent, PatientEvents } from "./patient-events.js";

/**
 * How medications are grouped before they are compared: `"atc-class"` maps each ATC code of the
 * explicit OAT table ({@link lookupAtc}) to its pharmacological class, so methadone (N07BC02),
 * buprenorphine (N07BC01) and slow-release oral morphine (N02AA01) are all `"opioid-agonist"`
 * (a medication the table does not hold stays as it is); a function maps each medication to the
 * group it belongs to (any table of your own).
 *
 * @example
 * ```ts
 * import type { MedicationGrouping } from "treatment-quality";
 *
 * const byClass: MedicationGrouping = "atc-class";
 * const agonistsTogether: MedicationGrouping = (medication) => (medication.startsWith("N07BC") ? "agonist" : medication);
 * ```
 */
export type MedicationGrouping = "atc-class" | ((medication: string) => string);

function groupOf(grouping: MedicationGrouping): (medication: string) => string {
  if (grouping === "atc-class") return (medication) => lookupAtc(medication)?.class ?? medication;
  if (typeof grouping === "function") return grouping;
  throw new Error(`groupMedications must be "atc-class" or a function; got ${String(grouping)}.`);
}

/**
 * A function that gives a patient's events with each medication replaced by its group (the
 * patient unchanged without a grouping). Checks the option once; an impossible one throws.
 */
export function medicationGrouper(grouping: MedicationGrouping | undefined): (patient: PatientEvents) => PatientEvents {
  if (grouping === undefined) return (patient) => patient;
  const group = groupOf(grouping);
  const cache = new Map<string, string>();
  const grouped = (medication: string): string => {
    let result = cache.get(medication);
    if (result === undefined) {
      result = group(medication);
      cache.set(medication, result);
    }
    return result;
  };
  return (patient) => ({
    ...patient,
    events: patient.events.map((event): PatientEvent => (event.medication === undefined ? event : { ...event, medication: grouped(event.medication) })),
  });
}
