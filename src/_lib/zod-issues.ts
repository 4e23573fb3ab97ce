/**
 * Translation of zod's issues into the library's {@link Issue} contract, so that every safe entry
 * point reports the same closed list of codes whether a check is written in zod or by hand.
 */
import { match } from "ts-pattern";
import type * as z from "zod";
import { describeValue } from "./describe-value.js";
import { ISSUE_CODES, issue, type Issue, type IssueCode, type IssuePath } from "./issue.js";
import { fail, ok, type Result } from "./result.js";

/**
 * A custom zod check sets `params.issueCode` to say which of our codes its issue is; zod issues with
 * no such hint are classified by their zod code.
 */
export interface IssueCodeHint {
  readonly issueCode: IssueCode;
}

/**
 * A zod custom issue that carries one of our codes, for `context.issues.push` inside `.check`:
 * the one way every hand-written rule (a cross-field rule, a duplicate in a list) reports.
 */
export function customIssue(issueCode: IssueCode, path: (string | number)[], input: unknown, message: string) {
  const params: IssueCodeHint = { issueCode };
  return { code: "custom" as const, input, path, message, params };
}

function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && Object.hasOwn(ISSUE_CODES, value);
}

function pathOf(base: IssuePath, zodPath: readonly PropertyKey[]): (string | number)[] {
  return [...base, ...zodPath.map((key) => (typeof key === "number" ? key : String(key)))];
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

function nameOfExpected(expected: string): string {
  return EXPECTED_NAMES[expected] ?? expected;
}

function bound(value: number | bigint, inclusive: boolean | undefined, below: boolean): string {
  const relation = below ? (inclusive === false ? "greater than" : "at least") : inclusive === false ? "less than" : "at most";
  return `${relation} ${value}`;
}

function toIssues(zodIssue: z.core.$ZodIssue, base: IssuePath): Issue[] {
  const path = pathOf(base, zodIssue.path);
  return match(zodIssue)
    .with({ code: "invalid_type" }, (found) =>
      found.input === undefined || (found.input === null && found.expected !== "null")
        ? [issue("missing", path, `A value (${nameOfExpected(found.expected)}) is required here.`)]
        : [issue("invalid_type", path, `Expected ${nameOfExpected(found.expected)}, got ${describeValue(found.input)}.`)],
    )
    .with({ code: "too_small" }, (found) => [
      issue("out_of_range", path, `Expected ${found.origin === "string" ? "a length " : ""}${bound(found.minimum, found.inclusive, true)}, got ${describeValue(found.input)}.`),
    ])
    .with({ code: "too_big" }, (found) => [
      issue("out_of_range", path, `Expected ${found.origin === "string" ? "a length " : ""}${bound(found.maximum, found.inclusive, false)}, got ${describeValue(found.input)}.`),
    ])
    .with({ code: "invalid_format" }, (found) => [
      issue("invalid_format", path, `Expected a string of the form ${found.pattern ?? found.format}, got ${describeValue(found.input)}.`),
    ])
    .with({ code: "not_multiple_of" }, (found) => [
      issue("invalid_value", path, `Expected a multiple of ${found.divisor}, got ${describeValue(found.input)}.`),
    ])
    .with({ code: "unrecognized_keys" }, (found) =>
      found.keys.map((key) => issue("unrecognized_key", [...path, key], `The key ${JSON.stringify(key)} is not allowed here.`)),
    )
    .with({ code: "invalid_value" }, (found) =>
      found.input === undefined
        ? [issue("missing", path, `A value (${found.values.length > 1 ? "one of " : ""}${found.values.map((each) => JSON.stringify(each)).join(", ")}) is required here.`)]
        : found.values.length > 1
        ? [issue("unknown_code", path, `Expected one of ${found.values.map((each) => JSON.stringify(each)).join(", ")}, got ${describeValue(found.input)}.`)]
        : [issue("invalid_value", path, `Expected ${JSON.stringify(found.values[0])}, got ${describeValue(found.input)}.`)],
    )
    .with({ code: "invalid_union" }, () => [issue("invalid_value", path, "The value matches none of the forms allowed here.")])
    .with({ code: "invalid_key" }, (found) => found.issues.flatMap((inner) => toIssues(inner, path)))
    .with({ code: "invalid_element" }, (found) => found.issues.flatMap((inner) => toIssues(inner, path)))
    .with({ code: "custom" }, (found) => {
      const hinted: unknown = found.params?.["issueCode"];
      return [issue(isIssueCode(hinted) ? hinted : "invalid_value", path, found.message)];
    })
    .exhaustive();
}

/**
 * Zod's issues as the library's issues, with `base` put before every path.
 *
 * @param zodIssues - `error.issues` of a failed `safeParse`
 * @param base - where the parsed value sits in a larger input
 */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], base: IssuePath = []): Issue[] {
  return zodIssues.flatMap((each) => toIssues(each, base));
}

/**
 * Parse `value` with `schema` into a {@link Result}: the parsed value, or the library's issues.
 *
 * @param schema - any zod schema
 * @param value - untrusted input
 * @param path - where `value` sits in a larger input
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, value: unknown, path: IssuePath = []): Result<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(issuesFromZod(parsed.error.issues, path));
}
