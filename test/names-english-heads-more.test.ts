import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('more English heads: bank, spacecraft, tower, mosque', () => {
  it('translates the head and reads the rest letter by letter', () => {
    const m = compareNames('Soyuz spacecraft', 'مركبة سويوز');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("spacecraft's head is translated");
    expect(compareNames('Sepah Bank', 'بانک سپه').same).toBe(true);
    expect(compareNames('Azadi Tower', 'برج آزادی').same).toBe(true);
  });

  it('keeps another body, and a body of another kind, apart', () => {
    expect(compareNames('Sepah Bank', 'بانک سامان').same).toBe(false);
    expect(compareNames('Azadi Tower', 'میدان آزادی').same).toBe(false);
  });
});

describe('an island listed with its head, named bare beside its Latin name', () => {
  it('matches the bare Arabic-script name to the Latin name of the island', () => {
    const m = compareNames('Norfolk Island', 'نورفوك');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('with its head');
  });
});
