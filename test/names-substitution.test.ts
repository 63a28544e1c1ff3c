import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type ComparisonReport, type NameFinding } from '../src/index.js';

// Short reports written for the project, three sentences each side, compared as a translation pair.
const names = (a: string, b: string): NameFinding[] =>
  compare(a, b, { mode: 'parallel' }).findings.filter((f): f is NameFinding => f.kind === 'name');
const alarms = (report: ComparisonReport): string[] =>
  report.findings.filter((f) => f.kind === 'name' && f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`);

const visitAr = (country: string): string =>
  `وصل وزير الخارجية إلى ${country} يوم الاثنين في زيارة رسمية.\nوبحث مع نظيره ملفات الطاقة والتجارة.\nوقال الوزير إن المحادثات كانت مثمرة.`;
const visitFa = (country: string): string =>
  `وزیر امور خارجه روز دوشنبه برای یک سفر رسمی وارد ${country} شد.\nوی با همتای خود درباره انرژی و تجارت گفتگو کرد.\nوزیر گفت که مذاکرات سازنده بود.`;

describe('name/substitution', () => {
  it('pairs two known countries named in one role as one conflict, with both spellings and ids', () => {
    const found = names(visitAr('فرنسا'), visitFa('بلژیک'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'name/substitution',
      severity: 'conflict',
      spellings: { a: 'فرنسا', b: 'بلژیک' },
      ids: { a: 'FR', b: 'BE' },
      entity: 'place',
      a: { text: 'فرنسا' },
      b: { text: 'بلژیک' },
    });
    expect(found[0]?.message).toContain('Belgium');
  });

  it('raises nothing when the two sides name one country, each by its convention', () => {
    expect(alarms(compare(visitAr('فرنسا'), visitFa('فرانسه'), { mode: 'parallel' }))).toEqual([]);
  });

  it('calls every pair of different countries in one role a conflict, and no pair of equal ones', () => {
    const codes = ['FR', 'DE', 'IT', 'ES', 'JP', 'BR', 'EG', 'IQ', 'PK', 'IN', 'CA', 'AU', 'MX', 'SE', 'PL'];
    const ar = new Intl.DisplayNames(['ar'], { type: 'region' });
    const fa = new Intl.DisplayNames(['fa'], { type: 'region' });
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...codes), (x, y) => {
        const found = names(visitAr(ar.of(x) as string), visitFa(fa.of(y) as string));
        const substitution = found.filter((f) => f.rule === 'name/substitution');
        if (x === y) expect(substitution).toEqual([]);
        else expect(substitution.map((f) => [f.severity, f.ids?.a, f.ids?.b])).toEqual([['conflict', x, y]]);
      }),
      { numRuns: 40 },
    );
  });

  it('reads a person respelled with a consonant of another sound as another person: a conflict', () => {
    const a = 'التقى الرئيس في موسكو وزير الدفاع أندريه بيلوسوف.\nوبحث الجانبان الوضع على الحدود.\nوقال بيلوسوف إن الجيش مستعد.';
    const b =
      'رئیس‌جمهور در مسکو با وزیر دفاع آندری بیلوکوف دیدار کرد.\nدو طرف وضعیت مرزها را بررسی کردند.\nبیلوسوف گفت که ارتش آماده است.';
    const found = names(a, b).filter((f) => f.rule === 'name/substitution');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'conflict', entity: 'person', spellings: { a: 'أندريه بيلوسوف', b: 'آندری بیلوکوف' } });
    expect(found[0]?.differences).toContain('س ↔ ك');
  });

  it('reads a consonant of a neighbouring sound (ش / س) as one name spelled by ear: info', () => {
    const a = 'وقال وزير الخارجية هاينريش شتاينر إن بلاده تدعم الحوار.\nوأضاف أن المفاوضات ستستأنف قريبا.';
    const b = 'وزیر امور خارجه هاینریش ستاینر گفت که کشورش از گفتگو حمایت می‌کند.\nوی افزود که مذاکرات به‌زودی از سر گرفته می‌شود.';
    const found = names(a, b);
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['info name/spelling']);
    expect(found[0]?.message).toContain('ش and س');
  });

  it('is a warning when less sure: two known organisations, one of which may be a body of the other', () => {
    const a = 'وقال المتحدث باسم حلف الناتو إن الاجتماع سيعقد في بروكسل.\nوأضاف أن الوزراء سيناقشون الدفاع الجوي.';
    const b = 'سخنگوی اتحادیه اروپا گفت که نشست در بروکسل برگزار می‌شود.\nوی افزود که وزیران درباره پدافند هوایی گفتگو خواهند کرد.';
    expect(names(a, b).filter((f) => f.rule === 'name/substitution')).toMatchObject([{ severity: 'warning', ids: { a: 'NATO', b: 'EU' } }]);
  });

  it('makes no substitution of two countries on one side and one on the other: each is unmatched', () => {
    const found = names(
      'وزار الوزير فرنسا وألمانيا الأسبوع الماضي.\nوقال إن الزيارتين كانتا ناجحتين.',
      'وزیر هفته گذشته از بلژیک دیدار کرد.\nوی گفت که این سفر موفق بود.',
    );
    expect(found.map((f) => `${f.rule} ${f.spellings.a ?? f.spellings.b}`)).toEqual([
      'name/unmatched فرنسا',
      'name/unmatched ألمانيا',
      'name/unmatched بلژیک',
    ]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('name/unmatched', () => {
  it('is info where the other side has only the title, a warning where it names no one at all', () => {
    const titled = names(
      'وقال وزير الخارجية سيرغي لافروف إن موسكو لن تتراجع.\nوأضاف أن العقوبات لن تغير شيئا.',
      'وزیر امور خارجه گفت که مسکو عقب‌نشینی نخواهد کرد.\nوی افزود که تحریم‌ها چیزی را تغییر نمی‌دهد.',
    ).find((f) => f.rule === 'name/unmatched');
    expect(titled).toMatchObject({ severity: 'info', a: { text: 'سيرغي لافروف' }, b: { text: 'وزیر' } });
    const missing = names(
      'وقال الخبير الاقتصادي كريستوف مولر إن الأسعار سترتفع.\nوأضاف أن الطلب ما زال قويا.',
      'یک کارشناس اقتصادی گفت که قیمت‌ها بالا خواهد رفت.\nکارشناس افزود که تقاضا همچنان قوی است.',
    );
    expect(missing).toMatchObject([{ rule: 'name/unmatched', severity: 'warning', spellings: { a: 'كريستوف مولر' } }]);
  });

  it('is info where the other document names the same place in another sentence', () => {
    const found = names(
      'وقال الوزير إن الوفد سيصل إلى طوكيو غدا.\nوأضاف أن المحادثات ستتناول التجارة.',
      'وزیر گفت که هیئت فردا می‌رسد.\nوی افزود که گفتگوها در توکیو درباره تجارت خواهد بود.',
    );
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(found.find((f) => f.rule === 'name/unmatched')?.message).toContain('names the same place in another sentence (توکیو)');
  });
});
