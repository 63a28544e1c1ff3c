import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { joinArticles } from '../src/names/latin-article.js';

describe('the Arabic article in a name in Latin letters', () => {
  it('reads a compound given name written as one Latin word against its two Arabic-script words', () => {
    for (const [latin, arabic] of [
      ['Saifullah Khalid', 'سيف الله خالد'],
      ['Shamsuddin Karimi', 'شمس الدين كريمي'],
      ['Nuruddin Farah', 'نور الدين فرح'],
      ['Habibollah Rezaei', 'حبیب‌الله رضایی'],
      ['Rahmatullah Nabil', 'رحمة الله نبيل'],
      ['Abdurrashid Dostum', 'عبدالرشید دوستم'],
    ]) {
      const m = compareNames(latin as string, arabic as string);
      expect(m.same, `${latin} / ${arabic}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.detail).toMatch(/the article/u);
    }
  });

  it('reads the first word of a compound written apart (Abdul-, Abdel-) with the word after it', () => {
    const m = compareNames('Abdul-Karim Qasim', 'عبد الكريم قاسم');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ul as the article ال of a compound name');
    expect(compareNames('Abdel Aziz', 'عبد العزيز').same).toBe(true);
  });

  it('reads al- with ع written as aa, and the article said as a sun letter', () => {
    const m = compareNames('Yusuf al-Qaraa', 'يوسف القرع');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('aa as ع');
    expect(compareNames('Shamsuddin', 'شمس الدين').reason.detail).toContain('the article, its l said d');
    expect(compareNames('Nasir ad-Din', 'ناصر الدين').same).toBe(true);
  });

  it('keeps two different compounds apart', () => {
    expect(compareNames('Saifullah', 'سيف الدين').same).toBe(false);
    expect(compareNames('Shamsuddin', 'شمس الله').same).toBe(false);
  });

  it('joins particles to the word they belong to, not other words', () => {
    expect(joinArticles(['Abdul', 'Karim', 'al', 'Khatib'])).toEqual(['AbdulKarim', 'alKhatib']);
    expect(joinArticles(['Johns', 'Hopkins'])).toEqual(['Johns', 'Hopkins']);
    expect(joinArticles(['Karim', 'al'])).toEqual(['Karim', 'al']);
  });
});

describe('Aboul-, the French romanisation of أبو ال', () => {
  it('reads oul as و and the article', () => {
    const m = compareNames('Abdel Moneim Aboul Fotouh', 'عبد المنعم أبو الفتوح');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('oul as و and the article ال');
  });
});

describe('-edine, the article of ad-Din written with one d', () => {
  it('reads ed as الد', () => {
    const m = compareNames('Nasredine', 'نصر الدين');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the article of ad-Din');
  });

  it('but a name in -dine that is no compound stays itself', () => {
    expect(compareNames('Nadine', 'نادين').same).toBe(true);
  });
});
