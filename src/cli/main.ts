#!/usr/bin/env node
/** The `treatment-quality` command: see `treatment-quality --help`. */
import { runCli } from "./run-cli.js";

const terminal = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  errIsTty: process.stderr.isTTY === true,
  cwd: process.cwd(),
};
void runCli(process.argv.slice(2), terminal).then((code) => {
  process.exitCode = code;
});
