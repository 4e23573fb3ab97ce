import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  addMonths,
  parseIsoDate,
  parsePeriod,
  type BatchRow,
  type DateWindow,
  type DateWindowSchema,
  type Issue,
  type IssueCode,
  type Period,
  type PeriodSchema,
  type Result,
} from "../src/index.js";

describe("public types", () => {
  it("safe entry points return Results that narrow on ok", () => {
    expectTypeOf(parseIsoDate).returns.toEqualTypeOf<Result<number>>();
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Result<Period>>();
    const parsed = parseIsoDate("2020-01-01");
    if (parsed.ok) expectTypeOf(parsed.value).toEqualTypeOf<number>();
    else expectTypeOf(parsed.issues).toEqualTypeOf<readonly Issue[]>();
  });

  it("the named interfaces match what the schemas produce", () => {
    expectTypeOf<z.output<typeof PeriodSchema>>().toExtend<Period>();
    expectTypeOf<Period>().toExtend<z.output<typeof PeriodSchema>>();
    expectTypeOf<z.output<typeof DateWindowSchema>>().toExtend<DateWindow>();
    expectTypeOf<DateWindow>().toExtend<z.output<typeof DateWindowSchema>>();
  });

  it("closed unions refuse values outside them", () => {
    // @ts-expect-error "last-day" is not an end-of-month rule
    addMonths("2020-01-31", 1, { endOfMonth: "last-day" });
    // @ts-expect-error issue codes are a closed list
    const code: IssueCode = "bad_thing";
    expectTypeOf(code).toEqualTypeOf<IssueCode>();
    expectTypeOf<BatchRow<number>["value"]>().toEqualTypeOf<number | null>();
  });
});
