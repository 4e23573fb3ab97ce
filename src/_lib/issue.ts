/**
 * The closed list of issue codes, each with the meaning a program can rely on.
 *
 * Every {@link Issue} the library reports carries one of these codes, so a program can branch on
 * `issue.code` while a person reads `issue.message`. Later modules add codes here, never elsewhere.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from "treatment-quality";
 *
 * ISSUE_CODES.invalid_date; // => "The value is not a real calendar date written as YYYY-MM-DD."
 * ```
 */
export const ISSUE_CODES = {
  invalid_type: "The value has the wrong JSON type (for example a number where a string is expected).",
  missing: "A required value is absent, null or undefined.",
  invalid_date: "The value is not a real calendar date written as YYYY-MM-DD.",
  out_of_range: "The value is of the right kind but outside the accepted range (for example a date before 1900-01-01).",
  invalid_value: "The value breaks a rule of its record (for example a period whose start is after its end).",
  invalid_format: "A string does not have the required form (for example an identifier that is empty).",
  unknown_code: "The value is not one of the codes of the vocabulary it is checked against.",
  unrecognized_key: "An object carries a key that its schema does not allow.",
  duplicate: "A value that must be unique (an id, a column name) occurs more than once.",
  unknown_reference: "The value names something that does not exist (a parent node, a linked framework or node, a column).",
  invalid_structure: "The parts of a value do not fit together as a whole (for example a cycle in a tree, or a criterion with children).",
  expired: "Something dated is no longer valid on the day it is used (for example evidence whose validity ended before the assessment visit).",
  not_carried: "Part of an imported record that the library has no field for, or a record it does not take (for example a cancelled dispense); it is reported and left out.",
} as const;

/**
 * One of the codes in {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "treatment-quality";
 *
 * const code: IssueCode = "invalid_date";
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/**
 * A location inside an input value: object keys and 0-based array indexes, outermost first.
 * `["events", 3, "date"]` is the `date` of the fourth element of `events`.
 *
 * @example
 * ```ts
 * import type { IssuePath } from "treatment-quality";
 *
 * const path: IssuePath = ["events", 3, "date"];
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * A problem found in input data: where it is, what kind it is, and what a person should do about it.
 *
 * @example
 * ```ts
 * import type { Issue } from "treatment-quality";
 *
 * const issue: Issue = {
 *   path: ["events", 3, "date"],
 *   code: "invalid_date",
 *   message: 'Expected a calendar date as YYYY-MM-DD, got "2021-02-29" (2021 has no 29 February).',
 * };
 * ```
 */
export interface Issue {
  /** Where the problem is, outermost key first; `[]` means the value as a whole. */
  readonly path: IssuePath;
  /** What kind of problem it is, from the closed list {@link ISSUE_CODES}. */
  readonly code: IssueCode;
  /** What is wrong and, where possible, how to fix it, for a person; at most 1,000 characters (a message quoting a huge value is cut). */
  readonly message: string;
}

/** The longest message an issue carries; a longer one (a message quoting a huge value) is cut. */
export const LONGEST_ISSUE_MESSAGE = 1000;

/**
 * Build an issue; internal shorthand that keeps call sites on one line. The message is cut to
 * {@link LONGEST_ISSUE_MESSAGE} characters, so that a 10 MB value quoted in a message never floods a
 * log or a report.
 */
export function issue(code: IssueCode, path: IssuePath, message: string): Issue {
  const bounded = message.length <= LONGEST_ISSUE_MESSAGE ? message : `${message.slice(0, LONGEST_ISSUE_MESSAGE - 20)}... (message cut)`;
  return { path, code, message: bounded };
}

/** The same issues with `prefix` put before each path, for a nested value checked on its own. */
export function prefixIssues(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  return issues.map((each) => ({ ...each, path: [...prefix, ...each.path] }));
}
