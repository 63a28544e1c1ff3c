import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// A town is spelled one way in its own language (Arabic for an Arab country's, Persian for Iran's and
// Afghanistan's): a letter more or less is another word or place, not a respelling. Across the two languages the
// spellings still vary.
describe('a town in its own language', () => {
  it('is the same in Persian with a short u or o written as و or not (دایکندی / دایکوندی)', () => {
    const m = compareNames('دایکندی', 'دایکوندی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('و is written');
  });

  it('is the same for an Afghan place in the Dari and the Iranian tradition (کندهار / قندهار)', () => {
    expect(compareNames('قندهار', 'کندهار').same).toBe(true);
    // Not for an Iranian town: Persian writes it one way (گرگان / گرقان).
    expect(compareNames('گرگان', 'گرقان').same).toBe(false);
  });

  it('is another word with a vowel letter or a consonant more or less', () => {
    for (const [a, b] of [
      ['الفلوجة', 'الفالوجة'], // Fallujah in Iraq, al-Faluja a village of Palestine
      ['مشهد', 'مشاهد'], // Mashhad, and the word "scenes"
      ['کرمانشاه', 'کرمنشاه'],
      ['شیراز', 'شیرز'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
      expect(m.reason.detail).toContain('is not one of its names');
    }
  });

  it('still varies in the hamza, the final ة and the article', () => {
    for (const [a, b] of [
      ['سامراء', 'سامرا'],
      ['البصرة', 'البصره'],
      ['الموصل', 'موصل'],
    ] as const)
      expect(compareNames(a, b).same, `${a} / ${b}`).toBe(true);
  });

  it('varies across the two languages', () => {
    expect(compareNames('الفلوجة', 'فلوجه').same).toBe(true);
    expect(compareNames('کرمانشاه', 'كرمنشاه').same).toBe(true);
  });
});

describe('within one language', () => {
  it('takes the article on a town its language names without one for another word', () => {
    const m = compareNames('نابلس', 'النابلس');
    expect(m.same).toBe(false);
    expect(compareNames('الموصل', 'موصل').same).toBe(true);
  });

  it('takes ع more or less for another word', () => {
    const m = compareNames('جعفرآباد', 'جفرآباد');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('ع is a letter of the word');
  });
});

describe('the end of a town name in its own language', () => {
  it('may be ة or ه, but ت against ة is another word', () => {
    expect(compareNames('الفلوجة', 'الفلوجه').same).toBe(true);
    expect(compareNames('صنعاء', 'صنعا').same).toBe(true);
    expect(compareNames('سرت', 'سرة').same).toBe(false);
  });
});

describe('a word with the article against the word', () => {
  it('is a name made of the word, not the word (الجزيرة / جزيرة)', () => {
    const m = compareNames('الجزيرة', 'جزيرة');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('with the article, names something by it');
  });

  it('leaves a name that is no word (الحوثي / حوثي)', () => {
    expect(compareNames('الحوثي', 'حوثي').same).toBe(true);
  });

  it('across the languages, against a Persian word, its ة written ه (القرية / قریه)', () => {
    const m = compareNames('القرية', 'قریه');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('is an ordinary Persian word');
    expect(compareNames('الحوثي', 'حوثی').same).toBe(true);
  });
});
