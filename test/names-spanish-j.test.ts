import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Spanish j, said kh', () => {
  it('is خ in one newsroom and ج in another', () => {
    const m = compareNames('ألخاندرو خيمينيز', 'أليجاندرو جيمينيز');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Spanish j');
    expect(compareNames('خافيير', 'جافيير').same).toBe(true);
  });

  it('does not make one word of two short ones', () => {
    expect(compareNames('خان', 'جان').same).toBe(false);
    expect(compareNames('خوان', 'جوان').same).toBe(false);
  });

  it('does not change a name of Arabic shape', () => {
    expect(compareNames('خالد', 'جالد').same).toBe(false);
  });
});
