import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { dateLikeStringArb } from "../../test/arbitraries.js";
import { oracleIsoDate } from "../../test/oracles.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { isValidIsoDate, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "./iso-date.js";
import { DateWindowSchema, ISO_DATE_PATTERN, IsoDateSchema, PeriodSchema } from "./schemas.js";

const pattern = new RegExp(ISO_DATE_PATTERN);

describe("ISO_DATE_PATTERN", () => {
  it("accepts every day from 1900-01-01 to 2199-12-31 and the days either side of the range are refused", () => {
    const refused: string[] = [];
    for (let day = MIN_DAY_NUMBER; day <= MAX_DAY_NUMBER; day += 1) if (!pattern.test(oracleIsoDate(day))) refused.push(oracleIsoDate(day));
    expect(refused).toEqual([]);
    expect(pattern.test("1899-12-31")).toBe(false);
    expect(pattern.test("2200-01-01")).toBe(false);
  });

  it("accepts 29 February exactly in the leap years", () => {
    for (let year = 1900; year <= 2199; year += 1) {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(pattern.test(`${year}-02-29`), String(year)).toBe(leap);
    }
  });

  it("agrees with parseIsoDate on arbitrary date-like strings", () => {
    fc.assert(
      fc.property(dateLikeStringArb, (text) => {
        expect(pattern.test(text)).toBe(isValidIsoDate(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("IsoDateSchema", () => {
  it("reports the library's issue codes", () => {
    expect(parseWithSchema(IsoDateSchema, "2020-04-01")).toEqual({ ok: true, value: "2020-04-01" });
    expect(parseWithSchema(IsoDateSchema, "2021-02-29")).toMatchObject({ ok: false, issues: [{ code: "invalid_date", path: [] }] });
    expect(parseWithSchema(IsoDateSchema, "1800-01-01")).toMatchObject({ ok: false, issues: [{ code: "out_of_range" }] });
    expect(parseWithSchema(IsoDateSchema, 7)).toMatchObject({ ok: false, issues: [{ code: "invalid_type" }] });
    expect(parseWithSchema(IsoDateSchema, undefined)).toMatchObject({ ok: false, issues: [{ code: "missing" }] });
  });
});

describe("every schema", () => {
  const schemas = { IsoDateSchema, PeriodSchema, DateWindowSchema };

  it.each(Object.entries(schemas))("%s has a title, a description and examples that it accepts", (_name, schema) => {
    const meta = schema.meta();
    expect(meta?.title).toMatch(/^[A-Z]\w+$/);
    expect(meta?.description?.length).toBeGreaterThan(20);
    expect(meta?.examples).toBeInstanceOf(Array);
    for (const example of meta?.examples as unknown[]) expect(schema.safeParse(example).success).toBe(true);
  });

  it.each(Object.entries(schemas))("%s converts to JSON Schema draft 2020-12 with the date pattern on every date", (_name, schema) => {
    const json = JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" }));
    expect(json).toContain('"$schema":"https://json-schema.org/draft/2020-12/schema"');
    expect(json).toContain(JSON.stringify(ISO_DATE_PATTERN));
  });
});
