/**
 * R's `round()`: to the nearest whole number, and a half to the even one (IEC 60559), as AdhereR
 * rounds the length of CMA8's lagged window.
 */
export function roundHalfToEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction < 0.5) return floor;
  if (fraction > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
