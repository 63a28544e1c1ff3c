import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('universities of medical sciences, of science and technology: bodies of their own', () => {
  it('keeps a university of medical sciences apart from the university of the same name', () => {
    const m = compareNames('دانشگاه علوم پزشکی اصفهان', 'دانشگاه اصفهان');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('a body of its own');
    expect(compareNames('دانشگاه علامه طباطبایی', 'دانشگاه علوم پزشکی علامه طباطبایی').same).toBe(false);
    expect(compareNames('Isfahan University', 'دانشگاه علوم پزشکی اصفهان').same).toBe(false);
  });

  it('keeps a university of science and technology apart from the national one', () => {
    expect(compareNames('الجامعة اليمنية', 'جامعة العلوم والتكنولوجيا اليمنية').same).toBe(false);
  });

  it('translates the kind: a Persian head before the name, Arabic words after it', () => {
    const m = compareNames('دانشگاه علوم پزشکی کرمان', 'جامعة كرمان للعلوم الطبية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('university of medical sciences');
    expect(compareNames('Kerman University of Medical Sciences', 'دانشگاه علوم پزشکی کرمان').same).toBe(true);
  });
});
