import type { Issue } from "./issue.js";

/**
 * The outcome of a safe entry point: the value, or every issue that stopped it.
 *
 * Safe entry points never throw on bad data; they return `{ ok: false, issues }` with at least one
 * {@link Issue}. Narrow on `ok` before reading `value`.
 *
 * @typeParam T - the type of the value on success
 * @example
 * ```ts
 * import { parseIsoDate, type Result } from "treatment-quality";
 *
 * const parsed: Result<number> = parseIsoDate("2020-04-01");
 * if (parsed.ok) console.log(parsed.value); // => 18353
 * else console.log(parsed.issues.map((issue) => issue.message));
 * ```
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result; `issues` must not be empty. */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}
