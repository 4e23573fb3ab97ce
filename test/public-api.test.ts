/**
 * The public API as a list: adding or removing an export changes this file, so every change to the
 * API shows up in review as a one-line diff here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as days from "../src/days/index.js";
import * as root from "../src/index.js";

const ROOT_VALUES = [
  "DateWindowSchema",
  "ISO_DATE_PATTERN",
  "ISSUE_CODES",
  "IsoDateSchema",
  "MAX_DAY_NUMBER",
  "MAX_ISO_DATE",
  "MIN_DAY_NUMBER",
  "MIN_ISO_DATE",
  "PeriodSchema",
  "addDays",
  "addMonths",
  "addYears",
  "countDaysInPeriod",
  "dayNumberToIsoDate",
  "differenceInDays",
  "intersectPeriods",
  "isDateInPeriod",
  "isDateInWindow",
  "isValidIsoDate",
  "isoDateToDayNumber",
  "parseDateWindow",
  "parseIsoDate",
  "parsePeriod",
  "windowEndDate",
];

describe("public API", () => {
  it("exports exactly the listed values from the main entry", () => {
    expect(Object.keys(root).sort()).toEqual(ROOT_VALUES);
  });

  it("exports the same objects from each subpath as from the main entry", () => {
    for (const [name, value] of Object.entries(days)) expect(root[name as keyof typeof root], name).toBe(value);
  });

  it("documents every issue code in docs/contracts.md with the meaning the code carries", () => {
    const guide = readFileSync(new URL("../docs/contracts.md", import.meta.url), "utf8");
    const rows = [...guide.matchAll(/^\| `([a-z_]+)` \| (.+) \|$/gm)].map(([, code, meaning]) => [code, meaning]);
    expect(rows).toEqual(Object.entries(root.ISSUE_CODES));
  });

  it("keeps the issue codes a closed list of snake_case codes, each with a meaning", () => {
    for (const [code, meaning] of Object.entries(root.ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(meaning).toMatch(/^[A-Z].{20,}\.$/);
    }
  });
});
