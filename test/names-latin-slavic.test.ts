import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Slavic, Baltic and Hungarian letters in Latin names', () => {
  it('read the háček and acute letters as the sounds they write', () => {
    const m = compareNames('Žilina', 'ژیلینا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('zh as ژ');
    expect(compareNames('Čačak', 'تشاتشاك').same).toBe(true);
    expect(compareNames('Šiauliai', 'شياولياي').same).toBe(true);
  });

  it('read Polish rz and sz, and Hungarian sz, cs and zs', () => {
    expect(compareNames('Grzegorz Szymański', 'غجيغوج شيمانسكي').same).toBe(true);
    expect(compareNames('Szeged', 'سيغد').same).toBe(true);
    expect(compareNames('Kecskemét', 'کچکمت').same).toBe(true);
  });

  it('read Czech ř as r with zh, or as r alone', () => {
    expect(compareNames('Přerov', 'پرژروف').same).toBe(true);
    expect(compareNames('Přerov', 'بريروف').same).toBe(true);
  });
});

describe('Romanian letters in Latin names', () => {
  it('read ț (or the older ţ) as ts and ș as sh', () => {
    const m = compareNames('Vâlcea Nouț', 'فالتشيا نوتس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ts as تس');
    expect(compareNames('Piatra Neamţ', 'پیاترا نیامتس').same).toBe(true);
  });
});
