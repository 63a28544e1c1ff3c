import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { organizationHome } from '../src/lexicon/organization-homes.js';
import { companyRows } from '../src/lexicon/organizations-companies.js';
import { englishWords } from '../src/lexicon/english-words.js';

describe('a company, a bank or a prison named in English against its Arabic or Persian name', () => {
  it('translates the words of the sector and the kind of body, in either order (english-sectors.ts)', () => {
    for (const [latin, other] of <[string, string][]>[
      ['Zarand Copper Industries', 'صنایع مس زرند'],
      ['Karaj Penitentiary', 'زندان کرج'],
      ['Nizwa Bookstore', 'مكتبة نزوى'],
      ['Baran Cloud', 'ابر باران'],
      ['Fajr Aviation Industries', 'صنایع هوایی فجر'],
      ['Sohar Aluminium', 'صحار للألمنيوم'],
    ]) {
      const m = compareNames(latin, other);
      expect(m.same, `${latin} / ${other}`).toBe(true);
      expect(m.reason.detail, `${latin} / ${other}`).toMatch(/translated/u);
    }
  });

  it('still sets apart a name whose translated words differ (copper against aluminium)', () => {
    expect(compareNames('Zarand Copper Industries', 'صنایع آلومینیوم زرند').same).toBe(false);
    expect(compareNames('Karaj Penitentiary', 'زندان تبریز').same).toBe(false);
  });

  it('reads the English and as the و Arabic joins to the next word, and Bank before its name', () => {
    const m = compareNames('Bank of Sudan and Chad', 'بنك السودان وتشاد');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/and written و, joined to the next word/u);
    expect(compareNames('Bank of Sudan and Chad', 'بنك السودان وليبيا').same).toBe(false);
  });

  it('reads a Persian maker joined to سازی as the thing and a word for making (Wagon Manufacturing / واگن‌سازی)', () => {
    const m = compareNames('Pars Wagon Manufacturing', 'واگن‌سازی پارس');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/Manufacturing written سازی, making/u);
    expect(compareNames('Pars Wagon Manufacturing', 'تراکتورسازی پارس').same).toBe(false);
  });

  it('reads a Persian word with the ezafe ی after its final vowel (متروی) as the word', () => {
    const m = compareNames('Isfahan Metro', 'متروی اصفهان');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/ی the ezafe/u);
    expect(compareNames('Isfahan Metro', 'متروی شیراز').same).toBe(false);
  });

  it('reads a demonym as the country’s Arabic name with the article (Syrian / السورية), and a place of two words', () => {
    expect(compareNames('Syrian Cement Company', 'الشركة السورية للإسمنت').same).toBe(true);
    expect(compareNames('Syrian Cement Company', 'الشركة اللبنانية للإسمنت').same).toBe(false);
    expect(compareNames('Bandar Abbas Cement Company', 'شرکت سیمان بندرعباس').same).toBe(true);
  });

  it('knows a university by its name before it was renamed', () => {
    expect(compareNames('جامعة القاهرة', 'جامعة فؤاد الأول').same).toBe(true);
    expect(compareNames('دانشگاه صنعتی شریف', 'دانشگاه آریامهر').same).toBe(true);
    expect(compareNames('جامعة القاهرة', 'جامعة عين شمس').same).toBe(false);
  });

  it('says national as الأهلي in the name of a bank', () => {
    expect(compareNames('National Bank of Oman', 'البنك الأهلي العماني').same).toBe(true);
  });

  it('knows banks, airlines and telephone companies by an acronym or a brand unrelated to their Arabic or Persian words', () => {
    for (const [latin, other] of <[string, string][]>[
      ['BLOM', 'بنك لبنان والمهجر'],
      ['Flynas', 'طيران ناس'],
      ['AWCC', 'افغان بی‌سیم'],
      ['KAUST', 'جامعة الملك عبدالله للعلوم والتقنية'],
    ]) {
      const m = compareNames(latin, other);
      expect(m.same, `${latin} / ${other}`).toBe(true);
    }
    // A bank is not the country it is named after, and one brand is not another.
    expect(compareNames('BLOM Bank', 'لبنان').same).toBe(false);
    expect(compareNames('Flynas', 'طيران أديل').same).toBe(false);
  });

  it('files each listed company under its country, and keeps its names apart from the word lists', () => {
    for (const [id] of companyRows()) expect(organizationHome(id), id).toMatch(/^[A-Z]{2}$/u);
    const keys = englishWords().map((w) => w.words);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
