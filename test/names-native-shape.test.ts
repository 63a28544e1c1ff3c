import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames } from '../src/index.js';
import { looksForeign, nativeShape } from '../src/names/arabic-roots.js';
import { foldName, lettersOf } from '../src/names/phonetic.js';

const folded = (w: string): string => lettersOf(foldName(w));

describe('the shape of a native Arabic name', () => {
  it('reads a name pattern on a root the Arabic vocabulary has', () => {
    expect(nativeShape(folded('عاقل'))).toEqual({ pattern: 'فاعل', root: 'عقل' });
    expect(nativeShape(folded('مقبول'))).toEqual({ pattern: 'مفعول', root: 'قبل' });
    expect(nativeShape(folded('المنصورة'))?.root).toBe('نصر');
  });

  it('finds none in foreign names, borrowed letters or roots of weak letters only', () => {
    expect(nativeShape(folded('سانتياغو'))).toBeUndefined();
    expect(nativeShape(folded('گوستاو'))).toBeUndefined();
    // ايوان fits افعال only on a root of two weak letters.
    expect(nativeShape(folded('ایوان'))).toBeUndefined();
  });

  it('tells a foreign name by a foreign given name, a surname ending, a borrowed letter or a word of no Arabic shape', () => {
    expect(looksForeign(['جيريمي', 'كوربن'].map(folded))).toBe(true);
    expect(looksForeign(['ميخائيل', 'شولوخوف'].map(folded))).toBe(true);
    expect(looksForeign(['پيتر'].map(folded))).toBe(true);
    expect(looksForeign(['عاقل'].map(folded))).toBe(false);
    expect(looksForeign(['عبد', 'الكريم', 'قاسم'].map(folded))).toBe(false);
  });
});

describe('regional letters write foreign names only', () => {
  it.each([
    ['غوستافو', 'جوستافو'],
    ['سانتياغو', 'سانتياجو'],
    ['أنغلينا', 'أنجلينا'],
  ])('%s and %s are one foreign name', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('غ and ج both write g');
  });

  it.each([
    ['عاقل', 'عاجل'],
    ['مقبول', 'مجبول'],
    ['غافل', 'قافل'],
    ['شاكر', 'تشاكر'],
  ])('%s and %s are two Arabic words, whatever a regional letter could write', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same).toBe(false);
    expect(m.reason.detail).toMatch(/the pattern \S+ on the root/u);
    expect(compareNames(b, a).same).toBe(false);
  });

  it('lets a native-looking word vary when the name shows it is foreign', () => {
    expect(compareNames('جاري أولدمان', 'غاري أولدمان').same).toBe(true);
    expect(compareNames('جيريمي كوربن', 'جيريمي قوربن').same).toBe(true);
  });

  it('does not apply across Arabic and Persian, where each writes a foreign consonant its own way', () => {
    // Turkic q is ق in Persian and ك in Arabic; کارس has the shape of an Arabic word, Kars is a Turkish town.
    expect(compareNames('قارص', 'کارس').same).toBe(true);
  });

  it('keeps a native word apart from another pattern of it within one language', () => {
    const m = compareNames('راشد', 'راشده');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('makes another pattern');
    expect(compareNames('ساجد', 'سجاد').same).toBe(false);
  });

  it('is symmetric on words with a native shape and their regional variants', () => {
    const words = ['عاقل', 'مقبول', 'غافل', 'قادر', 'راشد', 'مجاهد'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom('غ', 'ج', 'ق', 'ك'), fc.nat(3), (word, letter, at) => {
        const variant = word.slice(0, at) + letter + word.slice(at + 1);
        expect(compareNames(word, variant).same).toBe(compareNames(variant, word).same);
      }),
    );
  });
});

describe('ordinary words within one language', () => {
  it('keeps a town apart from a word of the lexicon a letter away, frequent or not', () => {
    const m = compareNames('السلط', 'السلطة');
    expect(m.same).toBe(false);
    // السلط, whose letters say no language, is read as Arabic against السلطة: the pattern rule speaks first.
    expect(m.reason.detail).toMatch(/ordinary Arabic word|makes another pattern/u);
  });
});

describe('organisation names translated word for word', () => {
  it.each([
    ['الجيش الوطني', 'ارتش ملی'],
    ['حزب الخضر', 'حزب سبز'],
    ['مجلس الوزراء', 'هیئت وزیران'],
  ])('%s and %s are one body', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('translated');
  });

  it('matches a known body to a translation its list does not hold', () => {
    const m = compareNames('منظمة الصحة العالمية', 'سازمان بهداشت جهانی');
    expect(m.same).toBe(true);
    expect(m.reason.entity?.id).toBe('WHO');
  });

  it('keeps bodies of other words apart', () => {
    expect(compareNames('الجيش الوطني', 'ارتش آزاد').same).toBe(false);
    expect(compareNames('حزب الخضر', 'حزب کارگر').same).toBe(false);
  });
});

describe('Latin script: French endings, letters inside words, numbered acronyms', () => {
  it.each([
    ['Thibault', 'تيبو', '-ault'],
    ['Arnault', 'أرنو', '-ault'],
    ['Margaux', 'مارغو', '-aux'],
  ])('%s is said %s', (latin, arabic, ending) => {
    const m = compareNames(latin, arabic);
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain(`the French ending ${ending}`);
  });

  it('does not drop the final consonant of other endings', () => {
    expect(compareNames('Hamas', 'حما').same).toBe(false);
    expect(compareNames('Lyon', 'ليو').same).toBe(false);
  });

  it.each([
    ['MySQL', 'ماي إس كيو إل'],
    ['MyGPS', 'ماي جي بي إس'],
  ])('%s is a word and letters read by their names (%s)', (latin, arabic) => {
    const m = compareNames(latin, arabic);
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('read by their names');
  });

  it('reads a known body’s numbered acronym against its translated name, and no other', () => {
    expect(compareNames('G7', 'مجموعة السبع').reason.kind).toBe('convention');
    expect(compareNames('G7', 'گروه بیست').same).toBe(false);
  });
});

describe('two patterns of one root within one language', () => {
  it.each([
    ['ساهرة', 'سهرة'],
    ['لامعة', 'لمعة'],
    ['ناعسة', 'نعسة'],
  ])('%s and %s are two Arabic words, though the vocabulary lists neither root', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toMatch(/both have the shape of Arabic words on the root/u);
    expect(compareNames(b, a).same).toBe(false);
  });

  it.each([
    ['بيتر', 'بتر'],
    ['رينو', 'رنو'],
    ['تيمبكتو', 'تمبكتو'],
    ['أبيدجان', 'بيدجان'],
  ])('%s and %s stay one foreign name: a vowel letter varies freely in it', (a, b) => {
    expect(compareNames(a, b).same).toBe(true);
  });
});

describe('a word-initial ي against ه', () => {
  it('reads ي as the consonant y, not a vowel after an unsaid h', () => {
    const m = compareNames('هامن', 'يامن');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('says y, a consonant');
    expect(compareNames('يامن', 'هامن').same).toBe(false);
  });

  it('still lets a French h go unsaid before a vowel', () => {
    expect(compareNames('هولاند', 'أولاند').same).toBe(true);
  });
});
