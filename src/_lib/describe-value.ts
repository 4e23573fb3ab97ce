const LONGEST_QUOTED_STRING = 40;

/** A short, safe description of any value for an issue message: never the whole of a huge string. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > LONGEST_QUOTED_STRING ? `${value.slice(0, LONGEST_QUOTED_STRING)}...` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return typeof value === "object" ? "an object" : `a value of type ${typeof value}`;
}
