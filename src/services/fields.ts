/** Field schemas shared by the record schemas (internal). */
import * as z from "zod";
import { codesOf, type Vocabulary } from "../codes/index.js";
import { customIssue } from "../_lib/zod-issues.js";

/**
 * The form of a pseudonymous identifier (`patientId`, `providerId`, `facilityId`, ...): letters,
 * digits and `. _ : / -`, starting with a letter or digit, no spaces, 1 to 64 characters. The form
 * leaves no room for a name with spaces; it cannot stop a national ID number, so do not put one in.
 *
 * @example
 * ```ts
 * import { IDENTIFIER_PATTERN } from "treatment-quality";
 *
 * new RegExp(IDENTIFIER_PATTERN).test("P-0001"); // => true
 * new RegExp(IDENTIFIER_PATTERN).test("Ivan Petrov"); // => false
 * ```
 */
export const IDENTIFIER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$";

/** Schema of a pseudonymous identifier; the description warns against personal identifiers. */
export function identifier(description: string): z.ZodString {
  return z
    .string()
    .regex(new RegExp(IDENTIFIER_PATTERN))
    .describe(`${description} A pseudonymous identifier (letters, digits and . _ : / -, no spaces, 1 to 64 characters); never a name or a national ID number.`);
}

/** Schema of one code of a vocabulary. */
export function codeOf<V extends Vocabulary>(vocabulary: V, description: string) {
  return z.enum(codesOf(vocabulary)).describe(`${description} A code of the vocabulary "${vocabulary.system}".`);
}

/** Schema of a non-empty or possibly empty list of distinct codes of a vocabulary. */
export function codeListOf<V extends Vocabulary>(vocabulary: V, description: string, minItems = 0) {
  return uniqueList(codeOf(vocabulary, "One item."), minItems).describe(`${description} Distinct codes of the vocabulary "${vocabulary.system}".`);
}

/** A list whose items must be distinct; JSON Schema says so with `uniqueItems`. */
export function uniqueList<T extends z.ZodType>(item: T, minItems = 0) {
  return z
    .array(item)
    .min(minItems)
    .check((context) => {
      const seen = new Set<string>();
      context.value.forEach((value, index) => {
        const key = JSON.stringify(value);
        if (seen.has(key)) context.issues.push(customIssue("invalid_value", [index], value, `${key} is listed twice; list each item once.`));
        seen.add(key);
      });
    })
    .meta({ uniqueItems: true });
}
