import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// English writes a compound's modifiers before its head; Arabic and Persian after it.
describe('a Latin name whose words a translation puts in another order', () => {
  it('is the same name when every word pairs, one of them translated', () => {
    const m = compareNames('Kabul Stock Exchange', 'بورس کابل');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toBe(
      "The stock exchange's head is translated (Stock Exchange / بورس); Kabul is the Latin-script name of Kabul (AF/Kabul); کابل its Persian name.",
    );
    expect(compareNames('Arab Cup', 'كأس العرب').same).toBe(true);
    expect(compareNames('Kharg Island', 'جزيرة خرج').same).toBe(true);
    expect(compareNames('Olympic Games', 'بازی‌های المپیک').same).toBe(true);
    // An English generic head pairs with a head of its family anywhere in the name.
    expect(compareNames('Islamic University of Mosul', 'الجامعة الإسلامية في الموصل').same).toBe(true);
    expect(compareNames('Islamic University of Mosul', 'الجامعة الإسلامية في بغداد').same).toBe(false);
  });

  it('is another name when a word is left without its counterpart or pairs with another', () => {
    expect(compareNames('Arab Cup', 'كأس العالم').same).toBe(false);
    expect(compareNames('Club World Cup', 'كأس العالم').same).toBe(false);
    expect(compareNames('Kabul Stock Exchange', 'بورس تهران').same).toBe(false);
  });
});

describe('an English demonym in a name', () => {
  it('is the country its translation names, by adjective or by name', () => {
    expect(compareNames('Jordanian Army', 'الجيش الأردني').same).toBe(true);
    expect(compareNames('Pakistani Red Crescent', 'الهلال الأحمر الباكستاني').same).toBe(true);
    expect(compareNames('Iraqi Oil Company', 'شرکت نفت عراق').same).toBe(true);
  });

  it('is not another country', () => {
    expect(compareNames('Jordanian Army', 'الجيش السوري').same).toBe(false);
    expect(compareNames('Iraqi Oil Company', 'شرکت نفت ایران').same).toBe(false);
  });
});

describe('an English word whose Arabic translation carries the preposition ل', () => {
  it('reads لتحرير and للتحرير as Liberation', () => {
    const m = compareNames('Zanbar Liberation Front', 'الجبهة لتحرير زنبار');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('Liberation translated لتحرير');
    expect(compareNames("Kasra People's Liberation Movement", 'الحركة الشعبية لتحرير كسرى').same).toBe(true);
  });

  it('not a word that only opens with the letter (لبنان is no Liberation)', () => {
    expect(compareNames('Zanbar Liberation Front', 'الجبهة لبنان زنبار').same).toBe(false);
  });
});

describe('a known place in a name whose words a translation reorders', () => {
  it('is read as one of its names, or a close spelling of it', () => {
    expect(compareNames('Oman Sea', 'دریای عمان').same).toBe(true);
    expect(compareNames('Kuwait Institute', 'مؤسسه کوفه').same).toBe(false);
  });
});
