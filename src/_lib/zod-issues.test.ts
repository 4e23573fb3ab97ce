import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "./issue.js";
import { issuesFromZod, parseWithSchema } from "./zod-issues.js";

function issuesOf(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? [] : issuesFromZod(parsed.error.issues, ["root"]);
}

describe("issuesFromZod", () => {
  it("tells a missing value from one of the wrong type", () => {
    const schema = z.object({ id: z.string(), note: z.string().nullable() });
    expect(issuesOf(schema, { note: null })).toEqual([{ path: ["root", "id"], code: "missing", message: "A value (a string) is required here." }]);
    expect(issuesOf(schema, { id: null, note: null })).toMatchObject([{ path: ["root", "id"], code: "missing" }]);
    expect(issuesOf(schema, { id: 3, note: 1 })).toEqual([
      { path: ["root", "id"], code: "invalid_type", message: "Expected a string, got the number 3." },
      { path: ["root", "note"], code: "invalid_type", message: "Expected a string, got the number 1." },
    ]);
  });

  it("maps ranges, formats and multiples", () => {
    expect(issuesOf(z.number().min(1), 0)).toEqual([{ path: ["root"], code: "out_of_range", message: "Expected at least 1, got the number 0." }]);
    expect(issuesOf(z.number().lt(1), 2)).toEqual([{ path: ["root"], code: "out_of_range", message: "Expected less than 1, got the number 2." }]);
    expect(issuesOf(z.number().gt(1), 0)).toMatchObject([{ message: "Expected greater than 1, got the number 0." }]);
    expect(issuesOf(z.number().max(1), 2)).toMatchObject([{ message: "Expected at most 1, got the number 2." }]);
    expect(issuesOf(z.string().min(1), "")).toEqual([{ path: ["root"], code: "out_of_range", message: 'Expected a length at least 1, got "".' }]);
    expect(issuesOf(z.string().max(1), "ab")).toMatchObject([{ code: "out_of_range", message: 'Expected a length at most 1, got "ab".' }]);
    expect(issuesOf(z.string().regex(/^a+$/), "b")).toEqual([{ path: ["root"], code: "invalid_format", message: 'Expected a string of the form /^a+$/, got "b".' }]);
    expect(issuesOf(z.email(), "no")).toMatchObject([{ code: "invalid_format" }]);
    expect(issuesOf(z.number().multipleOf(5), 7)).toEqual([{ path: ["root"], code: "invalid_value", message: "Expected a multiple of 5, got the number 7." }]);
  });

  it("maps codes, literals and unions", () => {
    expect(issuesOf(z.enum(["MET", "NOT_MET"]), "DONE")).toEqual([
      { path: ["root"], code: "unknown_code", message: 'Expected one of "MET", "NOT_MET", got "DONE".' },
    ]);
    expect(issuesOf(z.literal("x"), "y")).toEqual([{ path: ["root"], code: "invalid_value", message: 'Expected "x", got "y".' }]);
    expect(issuesOf(z.union([z.string(), z.number()]), true)).toMatchObject([{ code: "invalid_value", path: ["root"] }]);
  });

  it("gives one issue per unrecognised key, addressed to the key", () => {
    expect(issuesOf(z.strictObject({ a: z.string() }), { a: "x", b: 1, c: 2 })).toEqual([
      { path: ["root", "b"], code: "unrecognized_key", message: 'The key "b" is not allowed here.' },
      { path: ["root", "c"], code: "unrecognized_key", message: 'The key "c" is not allowed here.' },
    ]);
  });

  it("opens up issues inside record keys and map entries", () => {
    expect(issuesOf(z.record(z.string().min(2), z.number()), { b: 1 })).toMatchObject([{ code: "out_of_range", path: ["root", "b"] }]);
    expect(issuesOf(z.map(z.object({}), z.number()), new Map([[{}, "x"]]))).toMatchObject([{ code: "invalid_type", path: ["root"] }]);
    expect(issuesOf(z.map(z.object({ k: z.string() }), z.number()), new Map([[{}, 1]]))).toMatchObject([{ code: "missing" }]);
  });

  it("takes the code a custom check names, and falls back to invalid_value", () => {
    const hinted = z.string().check((context) => {
      context.issues.push({ code: "custom", input: context.value, message: "hinted", params: { issueCode: "out_of_range" } });
    });
    const plain = z.string().refine(() => false, "plain");
    const wrongHint = z.string().check((context) => {
      context.issues.push({ code: "custom", input: context.value, message: "odd", params: { issueCode: "nonsense" } });
    });
    expect(issuesOf(hinted, "x")).toEqual([{ path: ["root"], code: "out_of_range", message: "hinted" }]);
    expect(issuesOf(plain, "x")).toEqual([{ path: ["root"], code: "invalid_value", message: "plain" }]);
    expect(issuesOf(wrongHint, "x")).toMatchObject([{ code: "invalid_value" }]);
  });

  it("never throws and only uses codes from the closed list, whatever the input", () => {
    const schema = z.strictObject({
      id: z.string().min(1),
      n: z.int().min(0).max(10),
      kind: z.enum(["a", "b"]),
      tags: z.array(z.union([z.literal("x"), z.number()])),
      nested: z.object({ flag: z.boolean() }).optional(),
    });
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseWithSchema(schema, value, ["input"]);
        if (parsed.ok) return;
        expect(parsed.issues.length).toBeGreaterThan(0);
        for (const found of parsed.issues) {
          expect(Object.keys(ISSUE_CODES)).toContain(found.code);
          expect(found.path[0]).toBe("input");
          expect(found.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
