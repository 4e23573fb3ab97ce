/** Field schemas shared by the record and framework schemas (internal). */
import * as z from "zod";
import { customIssue } from "./zod-issues.js";

/**
 * What a code field needs from a vocabulary: its system id and its codes. Structural, so `_lib`
 * does not depend on the `codes` module that defines vocabularies.
 */
interface CodeSource<Code extends string = string> {
  readonly system: string;
  readonly entries: readonly { readonly code: Code }[];
}

function codesIn<Code extends string>(vocabulary: CodeSource<Code>): [Code, ...Code[]] {
  return vocabulary.entries.map((entry) => entry.code) as [Code, ...Code[]];
}

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
export function codeOf<Code extends string>(vocabulary: CodeSource<Code>, description: string) {
  return z.enum(codesIn(vocabulary)).describe(`${description} A code of the vocabulary "${vocabulary.system}".`);
}

/** Schema of a non-empty or possibly empty list of distinct codes of a vocabulary. */
export function codeListOf<Code extends string>(vocabulary: CodeSource<Code>, description: string, minItems = 0) {
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
