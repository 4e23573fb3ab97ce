/** `treatment-quality score`: an assessment scored against a framework, with the decision and its reasons. */
import { safeScoreAssessment } from "../../assessment/index.js";
import { loadFramework, readJson } from "../load-framework.js";
import { csvTable, outputFormat, textTable } from "../output.js";
import { checkedFile } from "../read-input.js";
import { EXIT, UsageError, type Terminal } from "../terminal.js";

export const SCORE_HELP = `Usage: treatment-quality score --framework <built-in id or file.json> [--format text|json|csv] <assessment.json>

Score an assessment (JSON, as the Assessment schema) against a framework with the default policy
(not applicable left out, unrated counted as 0, hierarchical weighted means, the default
decision rules), and show the overall score, the decision with its reasons, critical failures
and the findings. Built-in frameworks: unodc-who-is-2020, unodc-who-principles-2008,
eu-mqs-2015, illustrative-national-standard; or a framework saved as JSON.

Output: text (a report), json (the whole report), csv (the findings).
Exit codes: 0 scored, 1 the assessment or framework is invalid or unreadable, 2 usage error.
`;

/** Run `score`. */
export function scoreCommand(values: Record<string, string | boolean | undefined>, files: readonly string[], terminal: Terminal): number {
  const frameworkName = values["framework"];
  if (typeof frameworkName !== "string") throw new UsageError("--framework <built-in id or file.json> is required.");
  if (files.length !== 1) throw new UsageError(`Give exactly one assessment file; got ${files.length}.`);
  const format = outputFormat(values["format"] as string | undefined, ["text", "json", "csv"]);
  const framework = loadFramework(frameworkName, terminal);
  const shown = files[0]!;
  const assessment = readJson(checkedFile(terminal.cwd, shown), shown);
  const scored = safeScoreAssessment(framework, assessment);
  if (!scored.ok) {
    terminal.err(`${shown} cannot be scored:\n${scored.issues.map((each) => `  ${each.path.join(".") || "(assessment)"}: ${each.code}: ${each.message}`).join("\n")}\n`);
    return EXIT.dataProblems;
  }
  const report = scored.value;
  if (format === "json") terminal.out(JSON.stringify(report, null, 2) + "\n");
  else if (format === "csv") terminal.out(csvTable(["criterionId", "code", "level", "value", "weight", "critical", "priority", "dueDate"], report.findings.map((finding) => [finding.criterionId, finding.code, finding.level, finding.value, finding.weight, finding.critical, finding.priority, finding.dueDate])));
  else {
    const percent = (value: number | null) => (value === null ? "-" : `${(100 * value).toFixed(1)}%`);
    terminal.out(
      [
        `${report.assessmentId}: ${framework.title.en} ${framework.version}, visit ${report.visitDate}`,
        `overall ${percent(report.overall)}, completeness ${percent(report.completeness)}`,
        `decision: ${report.decision.outcome ?? "none"}`,
        ...report.decision.reasons.map((reason) => `  - ${reason}`),
        `critical failures: ${report.criticalFailures.length === 0 ? "none" : report.criticalFailures.join(", ")}`,
        `findings (${report.findings.length}):`,
        "",
      ].join("\n"),
    );
    if (report.findings.length > 0) terminal.out(textTable(["code", "level", "critical", "due"], report.findings.map((finding) => [finding.code, finding.level, finding.critical ? "yes" : "", finding.dueDate])));
  }
  return EXIT.ok;
}
