import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segment, type SegmentOptions } from '../src/index.js';
import { scoreSegmentation } from '../bench/segmentation-ntrex.js';
import { hardText } from './support/arbitraries.js';
import { describeWithNtrex, describeWithSeeds, seed } from './support/shared.js';

const texts = (input: string, options?: SegmentOptions): string[] => segment(input, options).map((s) => s.text);

describe('segment', () => {
  test.each([
    [
      'full stop, question and exclamation marks',
      'وصل الوفد. هل بدأت المحادثات؟ نعم! ثم غادر.',
      ['وصل الوفد.', 'هل بدأت المحادثات؟', 'نعم!', 'ثم غادر.'],
    ],
    ['Persian question mark and full stop', 'آیا جلسه برگزار شد؟ بله، دیروز برگزار شد.', ['آیا جلسه برگزار شد؟', 'بله، دیروز برگزار شد.']],
    [
      'stop inside the closing guillemet',
      'وقال: «نحن مستعدون.» وأضاف أن الحوار مستمر.',
      ['وقال: «نحن مستعدون.»', 'وأضاف أن الحوار مستمر.'],
    ],
    ['stop outside the closing guillemet', 'گفت: «ما آماده‌ایم». سپس جلسه پایان یافت.', ['گفت: «ما آماده‌ایم».', 'سپس جلسه پایان یافت.']],
    ['curly quotes', 'قال “سنعود غدًا.” ثم رحل.', ['قال “سنعود غدًا.”', 'ثم رحل.']],
    ['a question inside a quotation followed by a comma', 'سأل «من المسؤول؟»، فلم يجبه أحد.', ['سأل «من المسؤول؟»، فلم يجبه أحد.']],
    [
      'decimals in three digit scripts',
      'نما الاقتصاد 3.5 في المئة و٣٫٥ و۳٫۵ درصد. انتهى.',
      ['نما الاقتصاد 3.5 في المئة و٣٫٥ و۳٫۵ درصد.', 'انتهى.'],
    ],
    ['thousands separator with a period', 'يبلغ طول الحدود 1.344 كيلومتر. وهي جبلية.', ['يبلغ طول الحدود 1.344 كيلومتر.', 'وهي جبلية.']],
    ['title abbreviation', 'التقى د. سمير النجار بالوفد. ثم عقد مؤتمرًا.', ['التقى د. سمير النجار بالوفد.', 'ثم عقد مؤتمرًا.']],
    ['letter chains', 'زار ممثل ج.م.ع العاصمة. وعاد أمس.', ['زار ممثل ج.م.ع العاصمة.', 'وعاد أمس.']],
    ['Latin initials', 'قال مسؤول في U.S. Army إن القوات انسحبت. وأكد ذلك.', ['قال مسؤول في U.S. Army إن القوات انسحبت.', 'وأكد ذلك.']],
    ['spelled-out initials in Persian', 'تی. مارتین گفت که می‌آید. او آمد.', ['تی. مارتین گفت که می‌آید.', 'او آمد.']],
    [
      'a spelled acronym at the end of a sentence',
      'أعلنت ذلك هيئة بي بي سي. وأكدته وكالات أخرى.',
      ['أعلنت ذلك هيئة بي بي سي.', 'وأكدته وكالات أخرى.'],
    ],
    [
      'an era marker after a year ends the sentence',
      'تأسست المدينة عام 1850م. وتوسعت لاحقًا.',
      ['تأسست المدينة عام 1850م.', 'وتوسعت لاحقًا.'],
    ],
    ['an era chain after a year', 'این قانون در ۱۳۹۸ ه.ش. تصویب شد. اجرا نشد.', ['این قانون در ۱۳۹۸ ه.ش.', 'تصویب شد.', 'اجرا نشد.']],
    ['lost space after the stop', 'انتهى الاجتماع.وقال المتحدث إنه مثمر.', ['انتهى الاجتماع.', 'وقال المتحدث إنه مثمر.']],
    ['lost space after a Persian question', 'چه کسی آمد؟او نیامد.', ['چه کسی آمد؟', 'او نیامد.']],
    ['domain names and versions stay whole', 'نشر الموقع example.com البيان. وأضاف.', ['نشر الموقع example.com البيان.', 'وأضاف.']],
    [
      'a Latin sentence inside Arabic text',
      'وكتب المراسل: The talks ended. He left. ثم عاد.',
      ['وكتب المراسل: The talks ended.', 'He left.', 'ثم عاد.'],
    ],
    ['lower-case Latin after a period is no new sentence', 'Dr. ali met approx. twenty people.', ['Dr. ali met approx. twenty people.']],
    ['an ellipsis inside a sentence', 'قال إن القرار… سيتخذ هذا الأسبوع.', ['قال إن القرار… سيتخذ هذا الأسبوع.']],
    ['semicolons do not end sentences by default', 'الإرهاب؛ والتطرف؛ والجريمة المنظمة.', ['الإرهاب؛ والتطرف؛ والجريمة المنظمة.']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('semicolons end sentences when asked', () => {
    expect(texts('اول؛ دوم.', { semicolons: true })).toEqual(['اول؛', 'دوم.']);
  });

  test('quotations are split inside by default and kept whole when asked', () => {
    const input = 'قال: «وصلنا. نحن بخير.» ثم غادر.';
    expect(texts(input)).toEqual(['قال: «وصلنا.', 'نحن بخير.»', 'ثم غادر.']);
    expect(texts(input, { quotations: 'keep' })).toEqual(['قال: «وصلنا. نحن بخير.»', 'ثم غادر.']);
  });

  test('extra abbreviations', () => {
    expect(texts('قابل اللواء م. ركن خالد.')).toEqual(['قابل اللواء م. ركن خالد.']);
    expect(texts('وصل الوزير. ركن خالد.')).toHaveLength(2);
    const input = 'انظر مج. الثالث من الموسوعة.';
    expect(texts(input)).toHaveLength(2);
    expect(texts(input, { abbreviations: ['مج'] })).toEqual([input]);
  });

  test('headings, list items and bullets on their own lines are their own units', () => {
    const input = 'خطة لتعزيز الحدود\n1. نشر قوات إضافية.\n- تركيب كاميرات\n• تدريب الحرس\n\nوقال الوزير إن الخطة جاهزة.';
    const out = segment(input);
    expect(out.map((s) => s.text)).toEqual([
      'خطة لتعزيز الحدود',
      '1. نشر قوات إضافية.',
      '- تركيب كاميرات',
      '• تدريب الحرس',
      'وقال الوزير إن الخطة جاهزة.',
    ]);
    expect(out.map((s) => s.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });

  test('hard-wrapped text: line breaks inside a paragraph are spaces', () => {
    const input = 'قال الوزير إن\nالمحادثات مستمرة. وأضاف\nأنها مثمرة.\n\nفقرة ثانية.';
    const out = segment(input, { lineBreaks: 'space' });
    expect(out.map((s) => s.text)).toEqual(['قال الوزير إن\nالمحادثات مستمرة.', 'وأضاف\nأنها مثمرة.', 'فقرة ثانية.']);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  test('units without letters or digits are left out; CRLF and Unicode line breaks split lines', () => {
    expect(texts('* * *\r\nأولًا\u2028ثانيًا\r\n...\n')).toEqual(['أولًا', 'ثانيًا']);
  });

  test('spans point into the original and trim invisible characters', () => {
    const input = '\u200f  جملة أولى.\u200c جملة ثانية.  ';
    for (const s of segment(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(texts(input)).toEqual(['جملة أولى.', 'جملة ثانية.']);
  });

  test('empty, blank and non-Arabic inputs', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t\n ')).toEqual([]);
    expect(texts('Министр прибыл. Переговоры начались.')).toEqual(['Министр прибыл.', 'Переговоры начались.']);
  });

  test('a 20 MB input and a 5 MB unit without stops', () => {
    const unit = 'قال المتحدث إن الوفد وصل إلى العاصمة. ';
    const big = unit.repeat(Math.ceil(20_000_000 / unit.length));
    const out = segment(big);
    expect(out.length).toBe(Math.ceil(20_000_000 / unit.length));
    const long = 'كلمة '.repeat(1_000_000);
    expect(segment(long)).toHaveLength(1);
  });
});

describe('segment properties', () => {
  test('sentences are ordered, disjoint, trimmed, inside the input, and lose no letter or digit', () => {
    fc.assert(
      fc.property(
        hardText,
        fc.constantFrom<SegmentOptions>({}, { lineBreaks: 'space' }, { quotations: 'keep', semicolons: true }),
        (input, options) => {
          const out = segment(input, options);
          let last = 0;
          let paragraph = 0;
          const covered = new Uint8Array(input.length);
          out.forEach((s, i) => {
            expect(s.index).toBe(i);
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(input.length);
            expect(s.text).toBe(input.slice(s.start, s.end));
            expect(s.text.trim()).toBe(s.text);
            expect(s.paragraph).toBeGreaterThanOrEqual(paragraph);
            paragraph = s.paragraph;
            last = s.end;
            covered.fill(1, s.start, s.end);
          });
          for (let i = 0; i < input.length; i++) {
            if (/[\p{L}\p{Nd}]/u.test(input[i] as string)) expect(covered[i], `character ${i} of ${JSON.stringify(input)}`).toBe(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describeWithSeeds('segment on the seeds', () => {
  test('000 has the twelve sentences A1–A12 and 001 the fifteen P1–P15', () => {
    const a = segment(seed('000'));
    const p = segment(seed('001'));
    expect(a).toHaveLength(12);
    expect(p).toHaveLength(15);
    expect(a[1]?.text.endsWith('وأفغانستان.')).toBe(true);
    expect(a[2]?.text.startsWith('وأضاف أن الدول الأعضاء')).toBe(true);
    expect(p[1]?.text.endsWith('تصویب شده است.')).toBe(true);
    expect(p[2]?.text.startsWith('به گفته او')).toBe(true);
    // Each line of the two reports is a paragraph; 001 splits some of them into two or three sentences.
    expect(a.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9]);
  });
});

describeWithNtrex('segment on NTREX', () => {
  test.each(['arb', 'fas', 'prs'])('%s: at least 99 percent of line boundaries found, 97 percent of found ones right', (lang) => {
    const score = scoreSegmentation(lang);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
  });
});
