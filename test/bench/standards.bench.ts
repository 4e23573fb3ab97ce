/**
 * Framework validation and spreadsheet import on a national-registry-sized standard, against the
 * floor of the same work (zod's shape check alone; CSV tokenizing alone), measured in the same run:
 *   npm run bench
 * The framework has 20 sections x 10 standards x 25 criteria = 5,220 nodes, every criterion with
 * titles in two languages, guidance, evidence, a source and a link to a base framework.
 */
import { bench, describe } from "vitest";
import { tokenizeCsv } from "../../src/_lib/csv.js";
import { adaptFramework, defineFramework, frameworkCoverage, frameworkToCsv, FrameworkSchema, parseFrameworkCsv, type Framework, type FrameworkNode } from "../../src/index.js";

const source = { document: "Large national standard", edition: "2024", section: "annex", verified: true };
const nodes: FrameworkNode[] = [];
for (let section = 1; section <= 20; section += 1) {
  nodes.push({ id: `S${section}`, code: `${section}`, kind: "section", title: { en: `Section ${section}`, ru: `Раздел ${section}` }, source });
  for (let standard = 1; standard <= 10; standard += 1) {
    const standardId = `S${section}.${standard}`;
    nodes.push({ id: standardId, parentId: `S${section}`, code: standardId.slice(1), kind: "standard", title: { en: `Standard ${standardId}`, ru: `Стандарт ${standardId}` }, source });
    for (let criterion = 1; criterion <= 25; criterion += 1) {
      const id = `${standardId}.${criterion}`;
      nodes.push({
        id,
        parentId: standardId,
        code: id.slice(1),
        kind: "criterion",
        title: { en: `Criterion ${id}: records are complete, signed and dated`, ru: `Критерий ${id}: записи полные, подписаны и датированы` },
        guidance: { en: "Sample ten records and check each for a signature and a date.", ru: "Отберите десять карт и проверьте подпись и дату в каждой." },
        weight: 1 + (criterion % 3),
        ...(criterion === 1 ? { critical: true } : {}),
        evidence: ["record-review", "staff-interview"],
        source,
        derivedFrom: [{ frameworkId: "base", version: "1", nodeId: `B${criterion}`, relation: "narrower" }],
      });
    }
  }
}
const { nodes: _nodes, ...metadata } = { id: "large", version: "1", title: { en: "Large" }, publisher: "Bench", year: 2024, source, status: "illustrative" as const, nodes };
const input: Framework = { ...metadata, nodes };
const defined = defineFramework(input);
if (!defined.ok) throw new Error(JSON.stringify(defined.issues.slice(0, 3)));
const framework = defined.value;
const csv = frameworkToCsv(framework);
let sink = 0;

describe(`validate a framework of ${nodes.length} nodes`, () => {
  bench("defineFramework (shape, tree rules, applicability, links; frozen copy)", () => {
    sink += defineFramework(input).ok ? 1 : 0;
  });
  bench("baseline: FrameworkSchema.safeParse alone (shape only)", () => {
    sink += FrameworkSchema.safeParse(input).success ? 1 : 0;
  });
});

describe(`read the same framework from CSV (${Math.round(csv.length / 1024)} KiB)`, () => {
  bench("parseFrameworkCsv (tokenize, read cells, validate, check the tree)", () => {
    sink += parseFrameworkCsv(csv, { framework: metadata }).ok ? 1 : 0;
  });
  bench("baseline: tokenizeCsv alone", () => {
    sink += tokenizeCsv(csv).length;
  });
});

describe("adapt and compare", () => {
  bench("adaptFramework (remove 1 section, modify 100 criteria) + frameworkCoverage", () => {
    const modify = Object.fromEntries(nodes.filter((node) => node.kind === "criterion").slice(0, 100).map((node) => [node.id, { weight: 5 }]));
    const adapted = adaptFramework(framework, { id: "adapted", version: "1", title: { en: "Adapted" }, remove: ["S20"], modify });
    if (adapted.ok) sink += frameworkCoverage(adapted.value, framework).covered;
  });
  bench("baseline: defineFramework of the same framework", () => {
    sink += defineFramework(input).ok ? 1 : 0;
  });
});

export { sink };
