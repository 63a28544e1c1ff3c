import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('figures of the past whose names differ between Arabic, Persian and Latin', () => {
  it.each([
    ['جالينوس', 'Galen of Pergamon', 'the Arabic name'],
    ['Albucasis', 'ابوالقاسم زهراوی', 'the Latin name'],
    ['قمبيز', 'کمبوجیه', 'the Greek name'],
    ['Smerdis', 'بردیا', 'the Greek name'],
    ['كسرى أنوشروان', 'خسرو یکم', 'the Arabic name'],
    ['Tamburlaine', 'امیر تیمور', 'the European name'],
    ['کلمب', 'Christopher Columbus', 'the French name'],
  ])('%s / %s', (other, own, what) => {
    const m = compareNames(other, own);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.detail).toContain(`${other} is ${what} by which ${own} is known`);
  });

  it('joins two other names of one person, and two of his own', () => {
    expect(compareNames('Avicenne', 'پورسینا').reason.detail).toContain('the Latin name and پورسینا the kunya');
    expect(compareNames('اسکندر کبیر', 'الإسكندر المقدوني').same).toBe(true);
  });

  it('counts the regnal number: one number on both sides, or two kings', () => {
    const m = compareNames('Leo XIII', 'لاون الثالث عشر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('Gregory X', 'غريغوريوس العاشر').same).toBe(true);
    expect(compareNames('داريوس الثاني', 'داریوش دوم').same).toBe(true);
    expect(compareNames('Darius the Great', 'داريوس الثالث').same).toBe(false);
    expect(compareNames('داريوس الأول', 'داریوش سوم').same).toBe(false);
    expect(compareNames('Xerxes II', 'زركسيس الأول').same).toBe(false);
  });

  it('keeps a name of popes and kings without its number for the letters', () => {
    expect(compareNames('يوحنا', 'John').same).toBe(false);
    expect(compareNames('ابن رشد', 'ابن رشیق').same).toBe(false);
    expect(compareNames('Averroes', 'ابن طفيل').same).toBe(false);
  });
});

describe('medieval and Ottoman names of towns', () => {
  it.each([
    ['طركونة', 'تاراگونا'],
    ['أسكوب', 'اسکوپیه'],
    ['نخشب', 'كارشي'],
    ['قصر يانة', 'إينا'],
    ['لايباخ', 'ليوبليانا'],
    ['تيتوغراد', 'پودگوریتسا'],
  ])('%s / %s', (old, today) => {
    const m = compareNames(old, today);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('is an old name of');
  });

  it.each([
    ['شنترة', 'Sintra', 'PT/Sintra'],
    ['وشقة', 'Huesca', 'ES/Huesca'],
    ['فلبة', 'Plovdiv', 'BG/Plovdiv'],
    ['باب‌الابواب', 'Derbent', 'RU/Derbent'],
  ])('%s / %s', (old, latin, id) => {
    const m = compareNames(old, latin);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain(id);
  });

  it('finds the town that bears a former name today first', () => {
    const m = compareNames('باجة', 'Béja');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('TN/Beja');
    // Ragusa is a Sicilian town today, and Dubrovnik's only in the Arabic-script forms of its Italian name.
    expect(compareNames('Ragusa', 'دوبروفنيك').same).toBe(false);
    expect(compareNames('راغوزا', 'دوبروفنيك').same).toBe(true);
  });
});

describe('two people whose names the letters would take for one', () => {
  it('keeps the Sufi Ibn Arabi apart from the jurist Ibn al-Arabi, and says why', () => {
    const m = compareNames('ابن العربی', 'Ibn Arabi');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('two people');
    expect(compareNames('ابن عربی', 'ابن عربي').same).toBe(true);
  });
});
