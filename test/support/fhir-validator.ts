/**
 * An independent FHIR R4 validator: the `fhir` package (FHIR.js), which checks resources against
 * the R4 StructureDefinitions and value sets it bundles. Errors, and warnings about properties R4
 * does not define, fail; notes that a value set is not bundled are listed but pass.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Fhir } = require("fhir") as { Fhir: new () => { validate(resource: object): { valid: boolean; messages?: { location?: string; severity: string; message: string }[] } } };
const fhir = new Fhir();

/** The problems the validator finds in a resource: `location: message`, empty when it is valid R4. */
export function fhirProblems(resource: object): string[] {
  const { messages = [] } = fhir.validate(resource);
  return messages.filter((each) => each.severity === "error" || (each.severity === "warning" && /Unexpected property/.test(each.message))).map((each) => `${each.location ?? ""}: ${each.message}`);
}
