import { describe, expect, test } from 'vitest';
import { findNames } from '../src/index.js';

// A long text is read in parts cut at line breaks (about 200,000 characters each): what the parts find must be what
// one reading of the whole would find, with spans in the whole text.
describe('findNames on a text longer than one part', () => {
  const opening = 'وقال وزير الخارجية زورفان بونتريك إن المحادثات ستستأنف في مدينة دوشنبه.';
  const filler = 'وارتفعت أسعار القمح في الأسواق المحلية خلال الأسبوع الماضي بعد موجة الجفاف.';
  const closing = 'ثم غادر بونتريك القاعة متجها إلى دوشنبه مساء الأحد.';
  const text = [opening, ...Array.from({ length: 6000 }, () => filler), closing].join('\n');

  test('the text is long enough to be read in parts', () => {
    expect(text.length).toBeGreaterThan(2 * 200_000);
  });

  const names = findNames(text, { language: 'ar' });

  test('a surname given in full in the first part is a name again alone in a later part', () => {
    const last = names.filter((m) => m.start > text.length - closing.length);
    expect(last.map((m) => [m.type, text.slice(m.start, m.end)])).toEqual([
      ['person', 'بونتريك'],
      ['place', 'دوشنبه'],
    ]);
  });

  test('mentions come in the order of the text, spans inside it', () => {
    for (let i = 0; i < names.length; i++) {
      const m = names[i]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(names[i - 1]!.end);
    }
    expect(names[0]?.text).toBe('زورفان بونتريك');
  });
});
