/**
 * Freeze a plain-data value and everything inside it, so shared catalog constants cannot be
 * changed by one caller under the feet of another. Returns the same value, typed as it was.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
