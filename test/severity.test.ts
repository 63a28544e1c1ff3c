import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../src/compare/context.js';
import { omissionDetector } from '../src/compare/detectors/omissions.js';
import { compare, segment, type Finding, type Severity } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');

/** The rules of docs/severity.md's table, each with the severities its row promises. */
function contract(): Map<string, Set<Severity>> {
  const doc = readFileSync(join(ROOT, 'docs/severity.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## The rules'), doc.indexOf('## How a severity is chosen'));
  const rows = new Map<string, Set<Severity>>();
  for (const line of table.split('\n')) {
    const m = /^\| `([a-z]+\/[a-z-]+)` \| ([^|]+) \|/u.exec(line);
    if (!m) continue;
    rows.set(m[1] as string, new Set((m[2] as string).match(/\b(?:info|warning|conflict)\b/gu) as Severity[]));
  }
  return rows;
}

/** Every rule id the report's types allow, read from the JSON Schema generated from them. */
function ruleIds(): string[] {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema/comparison-report.schema.json'), 'utf8')) as {
    definitions: Record<string, { properties?: { rule?: { enum?: string[] } } }>;
  };
  return Object.values(schema.definitions).flatMap((d) => d.properties?.rule?.enum ?? []);
}

/** Sentences written for the project: each pair raises the rule, and the finding's severity is the one named. */
const EXAMPLES: readonly { rule: string; severity: Severity; a: string; b: string; why: string }[] = [
  {
    rule: 'name/spelling',
    severity: 'info',
    a: 'التقى نور سلطان نزارباييف بالوفد.',
    b: 'نورسلطان نظربایف با هیئت دیدار کرد.',
    why: 'a transliteration',
  },
  {
    rule: 'name/convention',
    severity: 'info',
    a: 'قال الرئيس إن الصين شريك مهم.',
    b: 'رئیس جمهور گفت چین شریک مهمی است.',
    why: 'each language names China its own way',
  },
  {
    rule: 'name/unmatched',
    severity: 'info',
    a: 'وأكد أندريه بيلوسوف أن القوات جاهزة.',
    b: 'او تأکید کرد که نیروها آماده هستند.',
    why: 'a person replaced by a pronoun',
  },
  {
    rule: 'name/unmatched',
    severity: 'warning',
    a: 'وأكد أندريه بيلوسوف أن القوات جاهزة للتدريب.',
    b: 'تأکید شد که نیروها برای تمرین آماده هستند.',
    why: 'a person the other text names nowhere',
  },
  {
    rule: 'name/substitution',
    severity: 'conflict',
    a: 'وقّعت فرنسا الاتفاق أمس في العاصمة.',
    b: 'بلژیک دیروز در پایتخت این توافق را امضا کرد.',
    why: 'France against Belgium',
  },
  { rule: 'name/unmatched', severity: 'info', a: 'زار الوفد طهران ثم غادر.', b: 'هیئت سپس آنجا را ترک کرد.', why: 'a place left implicit' },
  {
    rule: 'date/calendar',
    severity: 'info',
    a: 'عُقد الاجتماع في 14 أكتوبر 2025 في العاصمة.',
    b: 'نشست در ۲۲ میزان ۱۴۰۴ در پایتخت برگزار شد.',
    why: 'one day in two calendars',
  },
  {
    rule: 'date/precision',
    severity: 'info',
    a: 'افتُتح الجسر في أكتوبر 2025.',
    b: 'پل در ۱۴ اکتبر ۲۰۲۵ افتتاح شد.',
    why: 'a day within its month',
  },
  {
    rule: 'date/partial-overlap',
    severity: 'warning',
    a: 'وصلت المساعدات في منتصف ديسمبر.',
    b: 'کمک‌ها در اواسط ماه قوس رسید.',
    why: 'mid-December and mid-Qaws share a day at most',
  },
  {
    rule: 'date/disjoint',
    severity: 'conflict',
    a: 'وصل الوفد في 3 مارس 2024.',
    b: 'هیئت در ۱۱ مارس ۲۰۲۴ رسید.',
    why: 'two different days',
  },
  {
    rule: 'date/weekday',
    severity: 'conflict',
    a: 'وصل الوفد يوم الأربعاء 3 مارس 2024.',
    b: 'هیئت در ۳ مارس ۲۰۲۴ رسید.',
    why: '3 March 2024 was a Sunday',
  },
  {
    rule: 'date/unmatched',
    severity: 'warning',
    a: 'صدر القانون في عام 2019 بعد نقاش طويل.',
    b: 'این قانون پس از بحثی طولانی تصویب شد.',
    why: 'a year left out',
  },
  {
    rule: 'number/form',
    severity: 'info',
    a: 'أصيب 12 شخصا في الحادث.',
    b: 'در این حادثه ۱۲ نفر زخمی شدند.',
    why: 'one number in two digit scripts',
  },
  {
    rule: 'number/conversion',
    severity: 'info',
    a: 'ارتفعت الأمواج 20 قدمًا فوق الشاطئ.',
    b: 'ارتفاع امواج به ۶ متر بالاتر از ساحل رسید.',
    why: '20 feet are 6.1 metres',
  },
  {
    rule: 'number/approximate',
    severity: 'warning',
    a: 'أصيب أكثر من ثمانية أشخاص في الحادث.',
    b: 'در این حادثه ۹ نفر زخمی شدند.',
    why: 'more than eight, and nine',
  },
  {
    rule: 'number/scale',
    severity: 'warning',
    a: 'بلغ عدد الزوار 1.5 مليون في الموسم الماضي.',
    b: 'شمار بازدیدکنندگان در فصل گذشته به ۱.۵ رسید.',
    why: 'the same figure, with its scale word on one side only',
  },
  {
    rule: 'number/different',
    severity: 'conflict',
    a: 'أصيب 12 شخصا في الحادث.',
    b: 'در این حادثه ۱۴ نفر زخمی شدند.',
    why: '12 against 14',
  },
  {
    rule: 'number/different',
    severity: 'conflict',
    a: 'بلغت مساحة المزرعة 40 فدانا.',
    b: 'مساحت مزرعه ۴۰ هکتار بود.',
    why: '40 feddans are 16.8 hectares, not 40',
  },
  {
    rule: 'number/unmatched',
    severity: 'warning',
    a: 'أصيب 12 شخصا في الحادث قرب المدينة.',
    b: 'در این حادثه نزدیک شهر افرادی زخمی شدند.',
    why: 'a count left out',
  },
];

const TWO_SENTENCES_AND_ONE = {
  a: 'قال الوزير إن المحادثات كانت بنّاءة.\nوأضاف أن الجانبين اتفقا على لجنة مشتركة لمراقبة الحدود.\nومن المقرر أن تجتمع اللجنة الشهر المقبل في العاصمة.',
  b: 'وزیر گفت گفت‌وگوها سازنده بود.\nقرار است این کمیسیون ماه آینده در پایتخت نشست داشته باشد.',
};

function findingsOf(a: string, b: string): readonly Finding[] {
  return compare({ text: a, language: 'ar' }, { text: b, language: 'fa' }, { mode: 'parallel', reportEqualNumbers: true }).findings;
}

describe('the severity contract (docs/severity.md)', () => {
  const rows = contract();

  it('has a row for every rule of the report, each promising a severity', () => {
    const ids = ruleIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      expect(rows.has(id), `docs/severity.md has no row for ${id}`).toBe(true);
      expect(rows.get(id)?.size, id).toBeGreaterThan(0);
    }
  });

  it.each(EXAMPLES)('$rule is $severity for $why', ({ rule, severity, a, b }) => {
    const found = findingsOf(a, b).filter((f) => f.rule === rule);
    expect(found.length, `no ${rule} in the example`).toBeGreaterThan(0);
    expect(found.some((f) => f.severity === severity)).toBe(true);
    for (const f of found) expect(rows.get(rule)?.has(f.severity), `${rule} raised ${f.severity}`).toBe(true);
  });

  it('every finding on the examples carries a severity its rule promises', () => {
    const all = [...EXAMPLES.map(({ a, b }) => findingsOf(a, b)), findingsOf(TWO_SENTENCES_AND_ONE.a, TWO_SENTENCES_AND_ONE.b)].flat();
    for (const f of all) expect(rows.get(f.rule)?.has(f.severity), `${f.rule} raised ${f.severity}: ${f.message}`).toBe(true);
  });

  it('a sentence of content left out is a warning that quotes it', () => {
    const found = findingsOf(TWO_SENTENCES_AND_ONE.a, TWO_SENTENCES_AND_ONE.b).filter((f) => f.kind === 'omission');
    const left = found.find((f) => f.rule === 'omission/sentence');
    expect(left?.severity).toBe('warning');
    expect(left?.message).toContain('لجنة مشتركة');
  });

  it('a short line or a repeated line left out is info; a pairing in doubt beside a sentence left out is a warning', () => {
    const a = 'قال الوزير إن المحادثات كانت بنّاءة.\nتقرير خاص\nومن المقرر أن تجتمع اللجنة في العاصمة.\nقال الوزير إن المحادثات كانت بنّاءة.';
    const b = 'وزیر گفت گفت‌وگوها سازنده بود.\nقرار است این کمیسیون در پایتخت نشست داشته باشد.';
    const sentences = { a: segment(a), b: segment(b) };
    const ctx = buildContext({ text: a, language: 'ar', sentences: sentences.a }, { text: b, language: 'fa', sentences: sentences.b }, [
      { a: [0], b: [0], confidence: 0.7, anchors: [] },
      { a: [1], b: [], confidence: 0.9, anchors: [] },
      { a: [2], b: [1], confidence: 0.95, anchors: [] },
      { a: [3], b: [], confidence: 0.9, anchors: [] },
    ]);
    const found = omissionDetector({ lowConfidence: 0.5 }).detect(ctx);
    const at = (bead: number): Finding | undefined => found.find((f) => f.bead === bead);
    expect([at(1)?.rule, at(1)?.severity]).toEqual(['omission/sentence', 'info']);
    expect([at(3)?.rule, at(3)?.severity]).toEqual(['omission/sentence', 'info']);
    // Bead 0 is beside an info omission only: no doubt is raised on it.
    expect(at(0)).toBeUndefined();
    for (const f of found) expect(rows.get(f.rule)?.has(f.severity)).toBe(true);
  });
});
