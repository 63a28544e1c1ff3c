import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Dari بحیره for a sea and بحر for an ocean', () => {
  it('translates the heads as Iran writes them', () => {
    const sea = compareNames('دریای سیاه', 'بحیره سیاه');
    expect(sea.same, sea.reason.detail).toBe(true);
    expect(sea.reason.detail).toContain("sea's head is translated (دریای / بحیره)");
    const ocean = compareNames('اقیانوس منجمد شمالی', 'بحر منجمد شمالی');
    expect(ocean.same, ocean.reason.detail).toBe(true);
    expect(ocean.reason.detail).toContain("ocean's head is translated");
  });

  it('keeps two seas apart', () => {
    expect(compareNames('دریای سیاه', 'بحیره سرخ').same).toBe(false);
  });
});
