/** Frameworks to and from JSON text. */
import { issue } from "../_lib/issue.js";
import { fail, type Result } from "../_lib/result.js";
import { defineFramework, type DefineFrameworkOptions } from "./define-framework.js";
import type { Framework } from "./framework.js";

/**
 * A framework as JSON text, readable by {@link parseFrameworkJson} (or any JSON tool, with the
 * shipped `Framework.schema.json`). Nothing is lost: parsing the text gives an equal framework.
 *
 * @param framework - the framework
 * @param indent - spaces per level (default 2); 0 for one line
 * @returns the JSON text
 *
 * @example
 * ```ts
 * import { frameworkToJson, internationalStandards2020, parseFrameworkJson } from "treatment-quality";
 *
 * const text = frameworkToJson(internationalStandards2020);
 * const back = parseFrameworkJson(text);
 * back.ok && back.value.nodes.length === internationalStandards2020.nodes.length; // => true
 * ```
 */
export function frameworkToJson(framework: Framework, indent = 2): string {
  return `${JSON.stringify(framework, null, indent)}\n`;
}

/**
 * Read a framework from JSON text and check it with {@link defineFramework}. Text that is not JSON
 * gives one `invalid_format` issue saying where parsing stopped.
 *
 * @param text - JSON text, e.g. a file's content
 * @param options - passed on to {@link defineFramework}
 * @returns the framework, or the issues
 *
 * @example
 * ```ts
 * import { parseFrameworkJson } from "treatment-quality";
 *
 * const result = parseFrameworkJson('{"id": "x",');
 * result.ok; // => false
 * if (!result.ok) result.issues[0]?.code; // => "invalid_format"
 * ```
 */
export function parseFrameworkJson(text: string, options: DefineFrameworkOptions = {}): Result<Framework> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail([issue("invalid_format", [], `The text is not valid JSON: ${(error as Error).message}.`)]);
  }
  return defineFramework(value, options);
}
