// Loaded with --import before a command: prints the process's peak resident memory to stderr at exit.
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
