import { describe, expect, it, vi } from 'vitest';
import { costWarning, duration, estimateLeft, progressBar } from '../src/cli/progress-bar.js';

describe('duration', () => {
  it('reads seconds as a person does', () => {
    expect(duration(42.4)).toBe('42 s');
    expect(duration(185)).toBe('3 min 5 s');
    expect(duration(4800)).toBe('1 h 20 min');
    expect(duration(-3)).toBe('0 s');
  });
});

describe('estimateLeft', () => {
  it('gives nothing until there is enough to go on', () => {
    expect(estimateLeft(0.01, 10)).toBeUndefined();
    expect(estimateLeft(0.5, 0.5)).toBeUndefined();
  });

  it('extrapolates the time taken so far to what is left', () => {
    expect(estimateLeft(0.25, 10)).toBeCloseTo(30);
    expect(estimateLeft(1, 10)).toBe(0);
  });
});

describe('progressBar', () => {
  it('writes a line at each tenth of the work, with the percentage, off a terminal', () => {
    const lines: string[] = [];
    const bar = progressBar((text) => lines.push(text), false);
    for (let done = 0; done <= 100; done++) bar.update(done, 100, 'align');
    bar.finish();
    expect(lines).toHaveLength(11);
    expect(lines.every((l) => l.endsWith('\n') && l.includes('(align)'))).toBe(true);
    const percents = lines.map((l) => Number(/ (\d+)% /u.exec(l)?.[1]));
    expect(percents).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('redraws one line in place on a terminal and clears it when done', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const writes: string[] = [];
      const bar = progressBar((text) => writes.push(text), true);
      bar.update(1, 4, 'read');
      bar.update(2, 4, 'read'); // within 100 ms of the last draw: skipped
      vi.advanceTimersByTime(2000);
      bar.update(3, 4, 'detect');
      bar.update(4, 4, 'report'); // the end is always drawn
      bar.finish();
      expect(writes.filter((w) => w.startsWith('\r\x1b[2Kmuqabala: ['))).toHaveLength(3);
      expect(writes[1]).toMatch(/ 75% about \d+ s left, detect$/u);
      expect(writes.at(-2)).toContain('100%');
      expect(writes.at(-1)).toBe('\r\x1b[2K');
    } finally {
      vi.useRealTimers();
    }
  });

  it('treats an empty task as done', () => {
    const lines: string[] = [];
    progressBar((text) => lines.push(text), false).update(0, 0, 'report');
    expect(lines[0]).toContain('100%');
  });
});

describe('costWarning', () => {
  it('says nothing for a news report', () => {
    expect(costWarning(20_000)).toBeUndefined();
  });

  it('warns before a comparison that will take long, with the time and the report size', () => {
    const warning = costWarning(30_000_000);
    expect(warning).toMatch(/^warning: 30\.0 million characters will take about 2 min 0 s/u);
    expect(warning).toContain('120 MB');
  });
});
