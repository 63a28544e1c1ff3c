import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe("an airline's English suffix joined to the name with a ZWNJ", () => {
  it('cuts ایر off a joined word as off one written apart', () => {
    expectSameName('طيران كيش', 'کیش‌ایر', "airline's head is translated (طيران / ایر)");
  });

  it('keeps two airlines of other names apart', () => {
    expectDifferentNames('طيران كيش', 'قشم‌ایر');
  });
});
