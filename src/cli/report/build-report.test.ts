import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../../assessment/index.js";
import { generateSampleRegistry } from "../../sample/index.js";
import { illustrativeNationalStandard } from "../../standards/index.js";
import { buildReport } from "./build-report.js";

const registry = generateSampleRegistry({ seed: 3, patients: 120 });
const data = {
  ...registry,
  registry: { notice: registry.notice, scenario: registry.scenario as never },
  assessmentReports: registry.assessments.filter((assessment) => assessment.mode === "external").map((assessment) => ({ facilityId: assessment.facilityId, report: scoreAssessment(illustrativeNationalStandard, assessment) })),
};

/** The marks of each chart and the first three cells of each row of its table, by section. */
function sectionsOf(html: string) {
  return [...html.matchAll(/<section data-chart="([^"]+)">([\s\S]*?)<\/section>/g)].map(([, id, body]) => ({
    id,
    marks: [...body!.matchAll(/class="mark"[^>]*data-series="([^"]*)" data-category="([^"]*)" data-value="([^"]*)"/g)].map(([, series, category, value]) => `${series}|${category}|${Number(value)}`),
    rows: [...body!.matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map(([, series, category, value]) => `${series}|${category}|${Number(value)}`),
  }));
}

describe("buildReport", () => {
  it("draws five charts, each with exactly the numbers of the table beside it", () => {
    for (const locale of ["en", "ru"] as const) {
      const sections = sectionsOf(buildReport(data, { locale }));
      expect(sections.map((section) => section.id)).toEqual(["retention", "disruption", "accreditation", "pdc", "timelines"]);
      for (const section of sections) {
        expect(section.marks.length, section.id).toBeGreaterThan(0);
        expect([...section.marks].sort(), `${locale} ${section.id}`).toEqual([...section.rows].sort());
      }
    }
  });

  it("is one self-contained page: no script, no external resource, the notice and dates in the locale", () => {
    const english = buildReport(data, { locale: "en" });
    const russian = buildReport(data, { locale: "ru" });
    for (const html of [english, russian]) {
      expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
      expect(html).toContain(registry.notice);
    }
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("January 1, 2019");
    expect(russian).toContain('<html lang="ru">');
    expect(russian).toContain("1 января 2019");
    expect(russian).toContain("Удержание в ОЗТ");
  });

  it("gives the same page, byte for byte, on every run and in every time zone", () => {
    // The suite runs in four time zones: the same fingerprint in each proves the page depends on none.
    const fingerprint = (html: string) => createHash("sha256").update(html).digest("hex").slice(0, 16);
    expect([fingerprint(buildReport(data, { locale: "en" })), fingerprint(buildReport(data, { locale: "ru" }))]).toEqual(["8bd2df0989e7b6db", "b738419a2b83d6a0"]);
    const sections = sectionsOf(buildReport(data, { locale: "en", patients: ["P-000002"] }));
    expect(sections.at(-1)?.marks.every((mark) => mark.startsWith("P-000002|"))).toBe(true);
  });
});
