import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('an acronym of Arabic-script initials said as a word', () => {
  it('is the name whose words it opens, the article and و left out', () => {
    const m = compareNames('جتو', 'جبهة التغيير الوطني');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('an acronym said as a word');
    expect(compareNames('سپا', 'سازمان پژوهش و آموزش').same).toBe(true);
    expect(compareNames('جبهه آزادی نو', 'جان').same).toBe(true);
  });

  it('needs every word and the order', () => {
    expect(compareNames('جتو', 'جبهة الوطني التغيير').same).toBe(false);
    expect(compareNames('جتوا', 'جبهة التغيير الوطني').same).toBe(false);
    expect(compareNames('جت', 'جبهة التغيير').same).toBe(false);
  });

  it("is not a person's given name against his full name, whose initials it happens to spell", () => {
    expect(compareNames('علي', 'علي لاريجاني يزدي').same).toBe(false);
    expect(compareNames('حسن', 'حسن سليم نصر').same).toBe(false);
    expect(compareNames('رضا', 'رحيم ضيائي اميري').same).toBe(false);
  });
});
