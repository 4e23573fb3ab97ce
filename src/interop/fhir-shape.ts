/** What a reader returns for input whose elements do not have the shape FHIR R4 gives them. */
import { issue } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";

/** A resource with, say, an `item` that is not a list: one issue instead of a thrown TypeError. */
export function unexpectedShape(error: unknown, resource: string): Result<never> {
  return { ok: false, issues: [issue("invalid_structure", [], `The ${resource} does not have the shape FHIR R4 gives it (${error instanceof Error ? error.message : String(error)}); nothing is read from it.`)] };
}
