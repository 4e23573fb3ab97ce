/**
 * Compare two strings by UTF-16 code units, for `Array.prototype.sort`: the order of `<`, the
 * same on every machine and in every locale (unlike `localeCompare`), so sorted output never
 * depends on where it was computed.
 */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
