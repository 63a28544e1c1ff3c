import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { lookupEntries } from '../src/names/gazetteer.js';

describe('former names of places', () => {
  it('match a place by its Pahlavi-era or colonial name, and say so', () => {
    const port = compareNames('بندر بهلوي', 'بندر أنزلي');
    expect(port.same).toBe(true);
    expect(port.reason.detail).toContain('old name');
    expect(compareNames('ستانليفيل', 'كيسانغاني').same).toBe(true);
  });

  it('find the place that bears a name today before the one that bore it once', () => {
    expect(lookupEntries('سالزبری')[0]?.entity.id).toBe('GB/Salisbury');
    expect(compareNames('سالزبری', 'لندن').same).toBe(false);
  });

  it('match a former name another place bears today only against the renamed place, with care', () => {
    const m = compareNames('سالزبری', 'هراره');
    expect(m.same).toBe(true);
    expect(m.score).toBeLessThan(1);
    expect(m.reason.detail).toContain('also the name of Salisbury');
    const spelled = compareNames('سالزبري', 'هراري');
    expect(spelled.same).toBe(true);
    expect(spelled.score).toBeLessThan(1);
  });
});

describe('Dari and Iranian words in bodies’ names', () => {
  it('link the two words for one thing and name the Dari one', () => {
    const m = compareNames('شفاخانه حوزوی قندهار', 'بیمارستان منطقه‌ای قندهار');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('شفاخانه is the Dari word for hospital');
    expect(compareNames('شاروال کابل', 'شهردار کابل').reason.detail).toContain('Dari word for mayor');
  });

  it('keep two bodies of one kind apart', () => {
    expect(compareNames('شفاخانه حوزوی قندهار', 'بیمارستان منطقه‌ای هرات').same).toBe(false);
  });
});

describe('descriptors in bodies’ names', () => {
  it('leave a company’s business, a club’s home or a party’s creed out of a short form', () => {
    expect(compareNames('أرامكس القابضة', 'أرامكس').same).toBe(true);
    expect(compareNames('الوداد البيضاوي', 'الوداد الرياضي').same).toBe(true);
    expect(compareNames('حزب الأصالة السلفي', 'حزب الأصالة').same).toBe(true);
  });

  it('keep clubs of two homes and a ministry’s remit apart', () => {
    expect(compareNames('الوداد البيضاوي', 'الوداد الفاسي').same).toBe(false);
    expect(compareNames('روزنامه ایران ورزشی', 'روزنامه ایران').same).toBe(false);
    expect(compareNames('وزارة الاتصالات', 'وزارة').same).toBe(false);
  });
});
