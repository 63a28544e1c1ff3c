import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a theophoric given name shortened to the name of God after عبد', () => {
  it('reads عبدال… and the name of God alone before one family name as one person', () => {
    const m = compareNames('عبدالرحیم صدیقی', 'رحیم صدیقی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('name of God after عبد');
    expect(compareNames('عبد الغفار نوری', 'غفار نوری').same).toBe(true);
  });

  it('keeps another family name apart', () => {
    expect(compareNames('عبدالرحیم صدیقی', 'رحیم نوری').same).toBe(false);
  });

  it('needs a family name after it', () => {
    expect(compareNames('عبدالرحیم', 'رحیم').same).toBe(false);
  });
});
