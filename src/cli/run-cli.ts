/** The command line: parse the arguments, run a command, turn every failure into one message and an exit code. */
import { parseArgs } from "node:util";
import { LIBRARY_VERSION } from "../_lib/library-version.js";
import { CONTINUITY_HELP, continuityCommand } from "./commands/continuity.js";
import { DEMO_HELP, demoCommand } from "./commands/demo.js";
import { INDICATORS_HELP, indicatorsCommand } from "./commands/indicators.js";
import { REPORT_HELP, reportCommand } from "./commands/report.js";
import { SCORE_HELP, scoreCommand } from "./commands/score.js";
import { VALIDATE_HELP, validateCommand } from "./commands/validate.js";
import { EXIT, InputError, UsageError, type Terminal } from "./terminal.js";

type Values = Record<string, string | boolean | undefined>;

const COMMANDS: Readonly<Record<string, { readonly help: string; readonly options: Record<string, { type: "string" | "boolean" }>; readonly run: (values: Values, files: readonly string[], terminal: Terminal) => number | Promise<number> }>> = {
  validate: { help: VALIDATE_HELP, options: { schema: { type: "string" }, format: { type: "string" }, "input-format": { type: "string" } }, run: validateCommand },
  score: { help: SCORE_HELP, options: { framework: { type: "string" }, format: { type: "string" } }, run: scoreCommand },
  continuity: {
    help: CONTINUITY_HELP,
    options: {
      ...Object.fromEntries(
        ["metric", "format", "input-format", "follow-up-start", "follow-up-after-first-days", "follow-up-days", "observation-start", "observation-after-follow-up-days", "observation-days", "period-start", "period-end", "maximum-gap-days", "data-end", "entry-start", "entry-end"].map((name) => [name, { type: "string" as const }]),
      ),
      "carry-only-same-medication": { type: "boolean" },
      "consider-dosage-change": { type: "boolean" },
    },
    run: continuityCommand,
  },
  indicators: {
    help: INDICATORS_HELP,
    options: Object.fromEntries(["data", "period-start", "period-end", "data-end", "by", "threshold", "format"].map((name) => [name, { type: "string" as const }])),
    run: indicatorsCommand,
  },
  report: { help: REPORT_HELP, options: Object.fromEntries(["data", "out", "locale", "patients"].map((name) => [name, { type: "string" as const }])), run: reportCommand },
  demo: { help: DEMO_HELP, options: { out: { type: "string" }, patients: { type: "string" }, seed: { type: "string" } }, run: demoCommand },
};

export const MAIN_HELP = `Usage: treatment-quality <command> [options]

Quality standards, assessment scoring and continuity-of-treatment metrics for drug-dependence
treatment services, on the command line.

Commands:
  validate     check a file of records against a schema, every bad record with its place
  score        score an assessment against a framework, with the accreditation decision
  continuity   per-patient continuity of medication (CMA1-CMA9, PDC, MPR, episodes, retention)
  indicators   an indicator on a registry directory, disaggregated, small cells suppressed
  report       one self-contained HTML page of charts and tables from a registry directory
  demo         run the whole pipeline on a fictional sample registry

Run "treatment-quality <command> --help" for a command's options.
Exit codes: 0 success, 1 data problems found, 2 usage error.
`;

/**
 * Run the command line with these arguments (without `node` and the script), writing to the
 * terminal; resolves to the exit code. Never throws: a usage mistake prints the message and the
 * command's usage (code 2); an unreadable file or bad data prints one message (code 1).
 */
export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    terminal.out(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    terminal.out(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    terminal.err(`treatment-quality: unknown command ${JSON.stringify(name)}.\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (values["help"] === true) {
      terminal.out(command.help);
      return EXIT.ok;
    }
    return await command.run(values as Values, positionals, terminal);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      terminal.err(`treatment-quality ${name}: ${(error as Error).message}\n\n${command.help}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      terminal.err(`treatment-quality ${name}: ${error.message}\n`);
      return EXIT.dataProblems;
    }
    terminal.err(`treatment-quality ${name}: unexpected error: ${(error as Error).message ?? String(error)}\nThis is a bug in treatment-quality; please report it with the command you ran.\n`);
    return EXIT.dataProblems;
  }
}
