import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare, compareAsync, compareMany, type Progress } from '../src/index.js';

const report = (file: string): string => readFileSync(join(import.meta.dirname, '../examples/reports', file), 'utf8');
const arabic = report('bishkek.ar.txt');
const dari = report('bishkek.fa-AF.txt');

/** Progress events never go back, stay within their total, and end at it. */
function expectSound(events: readonly Progress[], total: number): void {
  expect(events.length).toBeGreaterThan(1);
  for (const e of events) {
    expect(e.total).toBe(total);
    expect(e.done).toBeGreaterThanOrEqual(0);
    expect(e.done).toBeLessThanOrEqual(e.total);
  }
  for (let k = 1; k < events.length; k++) expect(events[k]!.done).toBeGreaterThan(events[k - 1]!.done);
  expect(events.at(-1)!.done).toBe(total);
}

describe('progress', () => {
  test('compare() reports monotone progress over both texts that ends at the total, and the same report', () => {
    const events: Progress[] = [];
    const withProgress = compare(arabic, dari, { onProgress: (p) => events.push(p) });
    expectSound(events, arabic.length + dari.length);
    expect(events.map((e) => e.stage)).toEqual(expect.arrayContaining(['read', 'align', 'mode', 'detect', 'report']));
    expect(withProgress).toEqual(compare(arabic, dari));
  });

  test('a long pair reports many steps while it is aligned', () => {
    const events: Progress[] = [];
    const a = Array.from({ length: 3000 }, (_, i) => `وصل ${i + 1} من المراقبين إلى المدينة.`).join('\n');
    const b = Array.from({ length: 3000 }, (_, i) => `${i + 1} ناظر به شهر رسیدند.`).join('\n');
    compare({ text: a, language: 'ar' }, { text: b, language: 'fa' }, { mode: 'parallel', onProgress: (p) => events.push(p) });
    expectSound(events, a.length + b.length);
    expect(events.filter((e) => e.stage === 'align').length).toBeGreaterThan(2);
  });

  test('progress is monotone and complete for any pair of texts, in either mode', () => {
    const sentence = fc.constantFrom('وصل الوزير إلى كابل.', 'قتل 12 شخصا.', 'وزیر به کابل رسید.', '۱۲ نفر کشته شدند.', '', 'Kabul 2024.');
    const text = fc.array(sentence, { maxLength: 6 }).map((s) => s.join('\n'));
    fc.assert(
      fc.property(text, text, fc.constantFrom('auto' as const, 'parallel' as const, 'comparable' as const), (a, b, mode) => {
        const events: Progress[] = [];
        compare(a, b, { mode, onProgress: (p) => events.push(p) });
        const total = Math.max(1, a.length + b.length);
        for (let k = 1; k < events.length; k++) expect(events[k]!.done).toBeGreaterThan(events[k - 1]!.done);
        expect(events.at(-1)).toMatchObject({ done: total, total });
      }),
      { numRuns: 60 },
    );
  });

  test('compareMany() reports monotone progress over every pair that ends at the total', () => {
    const texts = [arabic, dari, report('badakhshan.ar.txt')];
    const events: Progress[] = [];
    const many = compareMany(texts, { onProgress: (p) => events.push(p) });
    const total = 2 * texts.reduce((n, t) => n + t.length, 0); // each document is in two of the three pairs
    expectSound(events, total);
    expect(many).toEqual(compareMany(texts));
  });
});

describe('compareAsync', () => {
  test('gives the report compare() gives, with the same progress', async () => {
    const events: Progress[] = [];
    const asyncEvents: Progress[] = [];
    const sync = compare(arabic, dari, { onProgress: (p) => events.push(p) });
    expect(await compareAsync(arabic, dari, { onProgress: (p) => asyncEvents.push(p) })).toEqual(sync);
    expect(asyncEvents).toEqual(events);
  });

  test('rejects with an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(compareAsync(arabic, dari, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('stops a 30 MB comparison aborted from its first progress event, before it finishes', async () => {
    const a = arabic.repeat(Math.ceil(15e6 / arabic.length));
    const b = dari.repeat(Math.ceil(15e6 / dari.length));
    const controller = new AbortController();
    const events: Progress[] = [];
    const outcome = compareAsync(a, b, {
      signal: controller.signal,
      onProgress: (p) => {
        events.push(p);
        controller.abort();
      },
    });
    await expect(outcome).rejects.toMatchObject({ name: 'AbortError' });
    expect(events.at(-1)!.done).toBeLessThan(events.at(-1)!.total);
  });

  test('stops once the alignment has begun', async () => {
    const a = Array.from({ length: 4000 }, (_, i) => `وصل ${i + 1} من المراقبين إلى المدينة.`).join('\n');
    const b = Array.from({ length: 4000 }, (_, i) => `${i + 1} ناظر به شهر رسیدند.`).join('\n');
    const controller = new AbortController();
    const stages: string[] = [];
    const outcome = compareAsync(
      { text: a, language: 'ar' },
      { text: b, language: 'fa' },
      {
        signal: controller.signal,
        onProgress: (p) => {
          stages.push(p.stage);
          if (p.stage === 'align' && p.done > 0) controller.abort(new DOMException('stopped by the test', 'AbortError'));
        },
      },
    );
    await expect(outcome).rejects.toMatchObject({ name: 'AbortError', message: 'stopped by the test' });
    expect(stages).not.toContain('detect');
  });
});
