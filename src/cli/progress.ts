/** Inputs this long (in characters, both together) take long enough to show progress on a terminal. */
export const LONG_INPUT = 20_000;
/** Inputs this long show progress even when standard error is not a terminal (a log file, CI). */
export const LARGE_INPUT = 1_000_000;

/** Whether to write progress to standard error: never in a pipe for ordinary inputs, so scripts see no noise. */
export function wantsProgress(characters: number, stderrIsTerminal: boolean, flag: 'auto' | 'always' | 'never'): boolean {
  if (flag !== 'auto') return flag === 'always';
  return characters >= LARGE_INPUT || (stderrIsTerminal && characters >= LONG_INPUT);
}

/** Writes `muqabala: …` lines to standard error when enabled, with the time since the start. */
export function progress(enabled: boolean, write: (line: string) => void): (message: string) => void {
  const started = performance.now();
  return (message) => {
    if (!enabled) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    write(`muqabala: [${seconds} s] ${message}\n`);
  };
}
