/** What the command line writes to and reads from: injected, so commands run the same in tests as in a shell. */

/** The streams and facts a command needs from its process. */
export interface Terminal {
  /** Standard output: results. */
  readonly out: (text: string) => void;
  /** Standard error: messages, the summary of problems, progress. */
  readonly err: (text: string) => void;
  /** Whether standard error is a terminal (progress lines only then). */
  readonly errIsTty: boolean;
  /** The directory relative paths start from. */
  readonly cwd: string;
}

/** Exit codes: 0 success, 1 data problems found, 2 usage error (the command line itself is wrong). */
export const EXIT = { ok: 0, dataProblems: 1, usage: 2 } as const;

/** A mistake in the command line: the message is shown with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** A file that cannot be read as asked (missing, a directory, empty, not UTF-8, malformed): one message, exit code 1. */
export class InputError extends Error {}

/** A progress line on standard error, overwritten in place, only when it is a terminal. */
export function progress(terminal: Terminal): { update(text: string): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update(text) {
      if (!terminal.errIsTty) return;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      terminal.err(`\r\x1b[2K${text}`);
    },
    done() {
      if (shown) terminal.err("\r\x1b[2K");
    },
  };
}
