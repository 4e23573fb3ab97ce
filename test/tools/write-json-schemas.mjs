// Run by tsup after each successful build (onSuccess in tsup.config.ts).
// Writes one JSON Schema (draft 2020-12) file per exported zod schema into dist/schemas/,
// shipped in the package and exported as `treatment-quality/schemas/<Name>.schema.json`.
// The files describe the input side of each schema: what an integrator's data must look like.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as z from "zod";
import * as library from "../../dist/index.js";

const outDir = new URL("../../dist/schemas/", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const written = [];
for (const [exportName, value] of Object.entries(library)) {
  if (!(value instanceof z.ZodType) || !exportName.endsWith("Schema")) continue;
  const name = exportName.slice(0, -"Schema".length);
  const jsonSchema = z.toJSONSchema(value, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
  const file = `${name}.schema.json`;
  const document = { ...jsonSchema, $comment: `Generated from ${exportName} of treatment-quality ${version}. Do not edit.` };
  writeFileSync(new URL(file, outDir), `${JSON.stringify(document, null, 2)}\n`);
  written.push(file);
}
if (written.length === 0) throw new Error("No zod schema found among the exports of dist/index.js.");
console.log(`JSON Schemas: ${written.length} written to dist/schemas/ (${written.join(", ")})`);
