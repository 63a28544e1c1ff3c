import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a mountain pass (Dari کوتل, Iranian گردنه) and a marsh (مرداب beside تالاب)', () => {
  it('reads the Dari and the Iranian word for a pass as one head', () => {
    const m = compareNames('کوتل دوشاخ', 'گردنه دوشاخ');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Dari word for mountain pass');
  });

  it('reads مرداب and تالاب as one head', () => {
    const m = compareNames('مرداب سرخرود', 'تالاب سرخرود');
    expect(m.same, m.reason.detail).toBe(true);
  });

  it('keeps two passes apart', () => {
    expect(compareNames('کوتل دوشاخ', 'گردنه سه‌شاخ').same).toBe(false);
  });

  it('reads Persian تنگه on land as a gorge or a pass, and keeps a pass apart from a lake of the same name', () => {
    expect(compareNames('گردنه دوشاخ', 'تنگه دوشاخ').same).toBe(true);
    expect(compareNames('گردنه دوشاخ', 'دریاچه دوشاخ').same).toBe(false);
  });
});
