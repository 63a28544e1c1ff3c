/** Exit codes of the command-line tool (documented in its help). */
export const EXIT = {
  /** It ran (and, with --fail-on, found nothing at or above that severity). */
  ok: 0,
  /** It ran and found findings at or above the --fail-on severity. */
  findings: 1,
  /** A usage error: unknown option, bad value, or an input that cannot be read as text. */
  usage: 2,
  /** A bug: an unexpected error inside the library. */
  internal: 3,
} as const;

/** An error the user can fix: reported as `muqabala: message` with exit code 2, without a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The help to point at after the message (for bad arguments; none for unreadable files). */
    readonly help: string | null = 'muqabala --help',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
