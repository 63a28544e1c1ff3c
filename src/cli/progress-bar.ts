/** Seconds as a person reads them: 42 s, 3 min 5 s, 1 h 20 min. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** What is left, from the share done and the time it took: undefined until there is enough to go on. */
export function estimateLeft(fraction: number, elapsedSeconds: number): number | undefined {
  if (fraction < 0.02 || elapsedSeconds < 1) return undefined;
  return (elapsedSeconds * (1 - fraction)) / fraction;
}

const WIDTH = 24;

/**
 * Progress on standard error: on a terminal, one line redrawn in place (a bar, the percentage, the estimate
 * of what is left, what it is doing), at most ten times a second; elsewhere (a log file), a line at every
 * tenth of the work. `finish` clears the bar so that what follows starts on a clean line.
 */
export function progressBar(
  write: (text: string) => void,
  terminal: boolean,
): { update(done: number, total: number, label: string): void; finish(): void } {
  const started = performance.now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, total, label) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const elapsed = (performance.now() - started) / 1000;
      const left = estimateLeft(fraction, elapsed);
      const percent = `${Math.floor(fraction * 100)}%`;
      const estimate = left === undefined ? 'estimating' : `about ${duration(left)} left`;
      if (terminal) {
        const now = performance.now();
        if (now - lastDraw < 100 && fraction < 1) return;
        lastDraw = now;
        const filled = Math.round(fraction * WIDTH);
        write(`\r\x1b[2Kmuqabala: [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent.padStart(4)} ${estimate}, ${label}`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      write(`muqabala: [${elapsed.toFixed(1)} s] ${percent} (${label}), ${estimate}\n`);
    },
    finish() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** Characters compared per second and memory per character, measured on news on a shared 2-core machine. */
const CHARACTERS_PER_SECOND = 250_000;
/** A JSON report holds both texts, their sentences again, the beads and the findings. */
const REPORT_BYTES_PER_CHARACTER = 4;
/** Past these, a comparison earns a warning before it starts. */
const LONG_SECONDS = 60;
const HUGE_REPORT_BYTES = 100e6;

/**
 * A warning for a comparison that will take long or make a huge report, or undefined: said before it starts,
 * so that the person at the terminal can stop it and cut the texts instead.
 */
export function costWarning(characters: number): string | undefined {
  const seconds = characters / CHARACTERS_PER_SECOND;
  const reportBytes = characters * REPORT_BYTES_PER_CHARACTER;
  if (seconds < LONG_SECONDS && reportBytes < HUGE_REPORT_BYTES) return undefined;
  return (
    `warning: ${(characters / 1e6).toFixed(1)} million characters will take about ${duration(seconds)} to compare ` +
    `and make a report of about ${Math.round(reportBytes / 1e6)} MB as JSON; compare the texts in parts for quicker, smaller reports`
  );
}
