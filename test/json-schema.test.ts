/**
 * The shipped JSON Schemas and the zod schemas must agree: on every example, and on records
 * nobody wrote by hand (single-field mutations of the examples, and random records), checked by an
 * independent validator (ajv, draft 2020-12, with formats). The only allowed disagreement is a
 * documented cross-field rule, which JSON Schema cannot express: zod rejects, ajv accepts.
 */
import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { parseWithSchema } from "../src/_lib/zod-issues.js";
import * as library from "../src/index.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The same conversion as test/tools/write-json-schemas.mjs. */
function toJsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
}

/** Where each record's documented cross-field rules report. */
const CROSS_FIELD_PATHS: Record<string, RegExp> = {
  Service: /^closedOn$/,
  TreatmentEpisode: /^(dischargeDate|lastContactDate|secondarySubstances\.\d+)$/,
  ServiceVolume: /^period\.end$/,
  Period: /^end$/,
  DateWindow: /^durationDays$/,
  Evidence: /^validUntil$/,
  Assessment: /^(ratings\.\d+\.criterionId|ratings\.\d+\.evidence\.\d+|evidence\.\d+\.(id|validUntil)|assessors|submittedOn)$/,
};

const schemas = (Object.entries(library) as [string, unknown][])
  .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && entry[0].endsWith("Schema"))
  .map(([exportName, schema]) => ({ name: exportName.slice(0, -"Schema".length), schema }));

const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Array.isArray(value) ? value.map((item, index) => pathsOf(item, [...prefix, index])) : Object.entries(value).map(([key, item]) => pathsOf(item, [...prefix, key]));
  return [prefix, ...children.flat()];
}

function withChange(value: Json, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path.at(-1)!);
  return copy;
}

const REPLACEMENTS: Json[] = [null, true, 0, -1, 1.5, 1e9, "", "not-a-code", "2021-02-29", "2020-13-01", "1899-12-31", "2020-04-01", "P 1", [], {}, ["outpatient", "outpatient"]];

/** A single-field mutation of an example: remove a field, replace a value, or add a key. */
function mutationOf(example: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(example);
  const anyValue = fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>);
  if (paths.length === 1) return anyValue;
  return fc.oneof(
    fc.record({ path: fc.constantFrom(...paths.filter((path) => path.length > 0)), replacement: anyValue }).map(({ path, replacement }) =>
      withChange(example, path, (parent, key) => {
        parent[key] = replacement;
      }),
    ),
    fc.constantFrom(...paths.filter((path) => path.length > 0 && typeof path.at(-1) === "string")).map((path) =>
      withChange(example, path, (parent, key) => {
        delete parent[key];
      }),
    ),
    fc.constantFrom(...paths.filter((path) => pathsOf(example).some((other) => other.length > path.length))).map((path) => {
      const copy = structuredClone(example);
      let target = copy as Record<string, Json>;
      for (const key of path) target = (target as unknown as Record<string | number, Json>)[key] as Record<string, Json>;
      if (target !== null && typeof target === "object" && !Array.isArray(target)) target["unexpectedKey"] = 1;
      return copy;
    }),
  );
}

type Validate = ((value: unknown) => boolean) & { errors?: unknown };

function verdicts(name: string, schema: z.ZodType, validate: Validate, value: Json) {
  const zod = parseWithSchema(schema, value);
  const json = validate(value);
  if (zod.ok === json) return;
  const crossField = CROSS_FIELD_PATHS[name];
  const onlyCrossField = !zod.ok && json && crossField !== undefined && zod.issues.every((each) => crossField.test(each.path.join(".")) && ["invalid_value", "missing", "out_of_range", "duplicate", "unknown_reference"].includes(each.code));
  expect(onlyCrossField, `${name}: zod ${zod.ok ? "accepts" : `rejects (${JSON.stringify(zod.issues)})`}, JSON Schema ${json ? "accepts" : `rejects (${JSON.stringify(validate.errors)})`}: ${JSON.stringify(value)}`).toBe(true);
}

describe.each(schemas)("JSON Schema of $name", ({ name, schema }) => {
  const jsonSchema = toJsonSchema(schema);
  const validate: Validate = ajv.compile(jsonSchema);
  const examples = (jsonSchema["examples"] ?? []) as Json[];

  it("carries at least one example, a title and a description", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(jsonSchema["title"]).toBe(name);
    expect(String(jsonSchema["description"]).length).toBeGreaterThan(20);
  });

  it("accepts every example, as zod does", () => {
    for (const example of examples) {
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      expect(schema.safeParse(example).success).toBe(true);
    }
  });

  it("agrees with zod on single-field mutations of the examples", () => {
    fc.assert(fc.property(fc.constantFrom(...examples).chain(mutationOf), (value) => verdicts(name, schema, validate, value)), { numRuns: 300 });
  });

  it("agrees with zod on random records built from the schema's own keys", () => {
    const keys = examples.flatMap((example) => (example !== null && typeof example === "object" && !Array.isArray(example) ? Object.keys(example) : []));
    const record = keys.length === 0 ? (fc.jsonValue() as fc.Arbitrary<Json>) : (fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>)) as fc.Arbitrary<Json>);
    fc.assert(fc.property(record, (value) => verdicts(name, schema, validate, value)), { numRuns: 200 });
  });

  it("is what the build ships in dist/schemas (when built)", () => {
    const file = new URL(`../dist/schemas/${name}.schema.json`, import.meta.url);
    if (!existsSync(file)) return;
    const { $comment, ...shipped } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect($comment).toMatch(/^Generated from/);
    expect(shipped).toEqual(JSON.parse(JSON.stringify(jsonSchema)));
  });

  it("matches its reviewed copy in test/schemas/, so that any change to the contract shows in review", async () => {
    // Integrators validate their data against these files: a changed description, enum, pattern or
    // bound is a change of contract. After a deliberate one, update with `npx vitest run test/json-schema.test.ts -u`.
    await expect(`${JSON.stringify(jsonSchema, null, 2)}\n`).toMatchFileSnapshot(`./schemas/${name}.schema.json`);
  });
});
