/**
 * An independent FHIR R4 validator: the `fhir` package (FHIR.js), which checks resources against
 * the R4 StructureDefinitions and value sets it bundles. Errors, and warnings about properties R4
 * does not define, fail; notes that a value set is not bundled are listed but pass.
 *
 * One known flaw of FHIR.js 4.12 is worked around: it reports a choice element whose value is falsy
 * (`valueDecimal: 0`, `valueBoolean: false`) as "Missing property". Such a report is dropped only when
 * the element at that location does hold a `value...` key.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Fhir } = require("fhir") as { Fhir: new () => { validate(resource: object): { valid: boolean; messages?: { location?: string; severity: string; message: string }[] } } };
const fhir = new Fhir();

/** The object at a FHIR.js location such as `CodeSystem.concept[3].property[0].value[x]` (without the last step). */
function elementAt(resource: object, location: string): unknown {
  const steps = location.split(".").slice(1, -1);
  let here: unknown = resource;
  for (const step of steps) {
    const [, name, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(step) ?? [];
    here = (here as Record<string, unknown> | undefined)?.[name ?? ""];
    if (index !== undefined) here = (here as unknown[] | undefined)?.[Number(index)];
  }
  return here;
}

const falsyChoice = (resource: object, location: string | undefined, message: string) =>
  location !== undefined && location.endsWith(".value[x]") && message === "Missing property" && Object.entries((elementAt(resource, location) ?? {}) as object).some(([key, value]) => key.startsWith("value") && (value === 0 || value === false));

/** The problems the validator finds in a resource: `location: message`, empty when it is valid R4. */
export function fhirProblems(resource: object): string[] {
  const { messages = [] } = fhir.validate(resource);
  return [
    ...new Set(
      messages
        .filter((each) => each.severity === "error" || (each.severity === "warning" && /Unexpected property/.test(each.message)))
        .filter((each) => !falsyChoice(resource, each.location, each.message))
        .map((each) => `${each.location ?? ""}: ${each.message}`),
    ),
  ];
}
