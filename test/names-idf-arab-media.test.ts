import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("Arab media's name for the Israeli army", () => {
  it('reads جيش الاحتلال الإسرائيلي as the Israel Defense Forces', () => {
    const m = compareNames('جيش الاحتلال الإسرائيلي', 'جيش الدفاع الإسرائيلي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.entity?.id).toBe('IDF');
  });

  it('keeps another country’s army apart', () => {
    expect(compareNames('جيش الاحتلال الإسرائيلي', 'الجيش السوري').same).toBe(false);
  });
});
