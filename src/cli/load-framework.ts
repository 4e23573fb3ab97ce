/** A framework named on the command line: a built-in catalog's id, or a JSON file. */
import { readFileSync } from "node:fs";
import { euMinimumQualityStandards2015, illustrativeNationalStandard, internationalStandards2020, parseFrameworkJson, unodcWhoPrinciples2008, type Framework } from "../standards/index.js";
import { checkedFile } from "./read-input.js";
import { InputError, type Terminal } from "./terminal.js";

/** The built-in frameworks by id. */
export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [internationalStandards2020, unodcWhoPrinciples2008, euMinimumQualityStandards2015, illustrativeNationalStandard];

/** The framework with this built-in id, or the one in this JSON file (checked as `defineFramework` checks it). */
export function loadFramework(given: string, terminal: Terminal): Framework {
  const builtIn = BUILT_IN_FRAMEWORKS.find((framework) => framework.id === given);
  if (builtIn !== undefined) return builtIn;
  if (!/\.json$/i.test(given)) throw new InputError(`${given} is neither a built-in framework (${BUILT_IN_FRAMEWORKS.map((framework) => framework.id).join(", ")}) nor a .json file.`);
  const text = readText(checkedFile(terminal.cwd, given), given);
  const parsed = parseFrameworkJson(text);
  if (!parsed.ok) throw new InputError(`${given} is not a valid framework:\n${parsed.issues.map((each) => `  ${each.path.join(".") || "(file)"}: ${each.code}: ${each.message}`).join("\n")}`);
  return parsed.value;
}

/** A whole file as UTF-8 text, or a clear error. */
export function readText(path: string, shown: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch {
    throw new InputError(`${shown} is not UTF-8 text.`);
  }
}

/** A whole file as JSON, or a clear error. */
export function readJson(path: string, shown: string): unknown {
  try {
    return JSON.parse(readText(path, shown));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${shown} is not valid JSON: ${(error as Error).message}.`);
  }
}
