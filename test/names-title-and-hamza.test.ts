import { describe, expect, test } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a title of two words before a name is no son’s given name', () => {
  test('دولة الرئيس before a full name leaves the person as he is', () => {
    const m = compareNames('دولة الرئيس سعد الحريري', 'سعد الحريري');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('دولة الرئيس');
  });

  test('a given name before the father’s full name is still the son', () => {
    expect(compareNames('سعد سعد الحريري', 'سعد الحريري').same).toBe(false);
  });

  test('الملك after عبد is a given name, not a title: the son stays apart', () => {
    expect(compareNames('عبد الملك بدر الدين الحوثي', 'بدر الدين الحوثي').same).toBe(false);
  });
});

describe('a body’s listed name with its final hamza after alef written or left out', () => {
  test('a Latin brand against its Arabic name with the hamza its list leaves out', () => {
    const m = compareNames('Attijariwafa Bank', 'التجاري وفاء بنك');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('ء');
  });

  test('and against its Arabic name without the hamza its list writes', () => {
    expect(compareNames('Alinma Bank', 'مصرف الإنما').same).toBe(true);
  });

  test('not for a place, where the hamza makes an ordinary word', () => {
    expect(compareNames('Ghana', 'غناء').same).toBe(false);
  });
});
