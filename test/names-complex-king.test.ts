import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a complex is a head, and King and Medical are translated', () => {
  it('reads مجمع / مجتمع / Complex as one head', () => {
    const m = compareNames('مجمع الشفاء الطبي', 'مجتمع پزشکی الشفاء');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("hospital's head is translated");
    expect(compareNames('Shifa Medical Complex', 'مجمع الشفاء الطبي').same).toBe(true);
    expect(compareNames('مجمع الشفاء الطبي', 'مجمع ناصر الطبي').same).toBe(false);
  });

  it('reads a king before the name of what is named after him', () => {
    const m = compareNames('King Fahd University', 'جامعة الملك فهد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('King translated');
    expect(compareNames('King Fahd University', 'جامعة الملك خالد').same).toBe(false);
  });
});
