import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Persian شوروی, the Soviet Union by its councils and the adjective Soviet', () => {
  it('names the Soviet Union alone, as the Arabic name does', () => {
    const m = compareNames('الاتحاد السوفياتي', 'شوروی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.entity?.id).toBe('SU');
  });

  it('is no name of Russia', () => {
    expect(compareNames('روسيا', 'شوروی').same).toBe(false);
  });

  it('still stands for the Arabic adjective', () => {
    expect(compareNames('السوفيتي', 'شوروی').same).toBe(true);
  });
});
