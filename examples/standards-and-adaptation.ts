/**
 * Standards as data in practice: a ministry's quality team adapts the International Standards into a
 * national standard, reads the coverage report, keeps the standard in a spreadsheet, and publishes
 * release notes for version 1.1. All names are fictional; the catalogs are treatment-quality's own
 * paraphrase, not the text of the Standards.
 */
import { strict as assert } from "node:assert";
import {
  adaptFramework,
  applicableCriteria,
  diffFrameworks,
  frameworkCoverage,
  frameworkToCsv,
  frameworkTree,
  illustrativeNationalStandard,
  internationalStandards2020,
  parseFrameworkCsv,
  profileOfService,
  type FrameworkAdaptation,
} from "treatment-quality";

// 1. The base: seven principles, 88 assessable criteria.
const base = frameworkTree(internationalStandards2020);
assert.equal(base.children().length, 7);
assert.equal(base.leaves.length, 88);

// 2. The national adaptation, version 1.0: diversion from the criminal justice system (standard P3.1,
//    three criteria) is not yet in national law, one outreach criterion is dropped, a licensing
//    criterion required by national law is added, informed consent weighs more, and the
//    take-home rule gets a national threshold.
const law = { document: "Law on narcological care (fictional)", edition: "2020", section: "Article 12", verified: true };
const version1: FrameworkAdaptation = {
  id: "national-standard",
  version: "1.0",
  title: { en: "National quality standard for narcology services", ru: "Национальный стандарт качества наркологической помощи" },
  publisher: "Ministry of Health (fictional)",
  year: 2020,
  status: "illustrative",
  remove: ["P3.1", "P1.3.3"],
  add: [
    {
      id: "N6.1.1",
      parentId: "P6.1",
      code: "6.1.N1",
      kind: "criterion",
      title: { en: "The facility holds a valid licence for narcological care", ru: "У учреждения есть действующая лицензия на наркологическую помощь" },
      guidance: { en: "See the licence and its expiry date.", ru: "Проверьте лицензию и срок её действия." },
      critical: true,
      weight: 3,
      evidence: ["document-review"],
      source: law,
    },
  ],
  modify: {
    "P2.1.1": { weight: 3 },
    "P4.4.2": { guidance: { en: "Stable patients may take home at most 14 daily doses.", ru: "Стабильным пациентам выдаётся на руки не более 14 суточных доз." } },
  },
  translate: { uz: { P2: { title: "Davolashda axloqiy me'yorlar" } } },
};
const adapted = adaptFramework(internationalStandards2020, version1);
assert.ok(adapted.ok);
const national = adapted.value;

// 3. The coverage report names exactly what was removed and what has no source in the base.
const coverage = frameworkCoverage(national, internationalStandards2020);
assert.deepEqual(coverage.uncovered, ["P1.3.3", "P3.1.1", "P3.1.2", "P3.1.3"]);
assert.deepEqual(coverage.unsourced, ["N6.1.1"]);
assert.equal(coverage.covered, 84); // 88 - 4
assert.deepEqual(
  coverage.byRoot.filter((root) => root.ratio < 1).map((root) => `${root.nodeId} ${root.covered}/${root.total}`),
  ["P1 12/13", "P3 6/9"],
);
console.log(`Coverage of the International Standards: ${coverage.covered}/${coverage.total} criteria (${(coverage.ratio * 100).toFixed(1)}%)`);

// Every kept node remembers where it came from; the change log records each step.
assert.deepEqual(national.nodes.find((node) => node.id === "P2.1.1")?.derivedFrom, [{ frameworkId: "unodc-who-is-2020", version: "2020", nodeId: "P2.1.1", relation: "equivalent" }]);
assert.deepEqual(
  national.adaptedFrom?.changes.map((change) => `${change.action} ${change.nodeId}`),
  ["removed P3.1", "removed P3.1.1", "removed P3.1.2", "removed P3.1.3", "removed P1.3.3", "modified P2.1.1", "modified P4.4.2", "added N6.1.1", "translated P2"],
);

// 4. Which criteria an assessor rates at an OAT programme that declares no special populations.
const oat = profileOfService({ modality: "outpatient", setting: "specialised", populations: [] });
const toRate = applicableCriteria(national, oat);
assert.ok(toRate.some((node) => node.id === "N6.1.1"));
assert.ok(!toRate.some((node) => node.id === "P4.6.1")); // long-term residential criteria are out of scope
console.log(`An OAT programme is rated on ${toRate.length} of ${frameworkTree(national).leaves.length} criteria.`);

// 5. The quality team keeps the standard in a spreadsheet (semicolons, as Russian-locale Excel
//    writes them). A colleague's edits bring two mistakes; both are reported by line and column.
const { nodes: _nodes, ...metadata } = national;
const sheet = frameworkToCsv(national, { delimiter: ";", byteOrderMark: true });
const lines = sheet.split("\r\n");
const consentLine = lines.findIndex((line) => line.startsWith("P2.1.1;")) + 1;
lines[consentLine - 1] = lines[consentLine - 1]!.replace(";3;", ";три;"); // weight written as a word
lines.splice(lines.length - 1, 0, "N9;P9;9.1;criterion;Reports reach the ministry monthly;;;;;;;;;;;;;;Order 7;2021;;да;;;");
const edited = parseFrameworkCsv(lines.join("\r\n"), { framework: metadata });
assert.ok(!edited.ok);
assert.deepEqual(
  edited.issues.map((issue) => `line ${issue.path[1]} ${issue.path[2]}: ${issue.code}`),
  [`line ${consentLine} weight: invalid_type`, `line ${lines.length - 1} parent_id: unknown_reference`],
);
for (const issue of edited.issues) console.log(`${issue.path.join(" ")}: ${issue.message}`);
const unchanged = parseFrameworkCsv(sheet, { framework: metadata });
assert.ok(unchanged.ok);
assert.deepEqual(unchanged.value, national); // the spreadsheet round trip loses nothing

// 6. Version 1.1 restores diversion and makes sharing data with third parties a critical criterion: the release notes.
const version11 = adaptFramework(internationalStandards2020, { ...version1, version: "1.1", remove: ["P1.3.3"], modify: { ...version1.modify, "P2.2.2": { critical: true } } });
assert.ok(version11.ok);
const diff = diffFrameworks(national, version11.value);
assert.deepEqual(diff.added, ["P3.1", "P3.1.1", "P3.1.2", "P3.1.3"]);
assert.deepEqual(diff.removed, []);
assert.deepEqual(diff.changed, [{ nodeId: "P2.2.2", fields: ["critical"] }]);

// 7. The built-in illustrative national standard shows the other moves: merged, split, related-only criteria.
const illustrative = frameworkCoverage(illustrativeNationalStandard, internationalStandards2020);
console.log(`Illustrative national standard: ${illustrative.covered}/${illustrative.total} covered, ${illustrative.unsourced.length} national additions without a source.`);
assert.equal(illustrative.covered, 72);
