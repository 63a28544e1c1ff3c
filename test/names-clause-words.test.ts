import { describe, expect, it } from 'vitest';
import { findNames } from '../src/index.js';

const persons = (text: string, language: 'ar' | 'fa'): string[] =>
  findNames(text, { language })
    .filter((n) => n.type === 'person')
    .map((n) => n.text);

describe('ordinary words of a clause are no part of a person name', () => {
  it('takes no Arabic verb with its prefix of person for a family name (نشأت أشاهد, "I grew up watching")', () => {
    expect(persons('قال اللاعب: أنا نشأت أشاهد المباريات مع جدي.', 'ar')).toEqual([]);
    // A family name that is a word as written stays one.
    expect(persons('وقال نشأت حداد إن المدرسة فتحت أبوابها.', 'ar')).toEqual(['نشأت حداد']);
  });

  it('takes no word with a preposition and the article glued on for a name part (بالجائزة)', () => {
    expect(persons('فاز العقيد جون فان بالجائزة الكبرى في العام الماضي.', 'ar')).not.toContain('جون فان بالجائزة');
  });

  it('takes no imperfect verb after a given name that is also a word (عن عمر يناهز)', () => {
    expect(persons('توفي الكاتب عن عمر يناهز تسعين عامًا في بيته.', 'ar')).toEqual([]);
    expect(persons('وقال عمر ياغي إن التجربة نجحت.', 'ar')).toEqual(['عمر ياغي']);
  });

  it('takes no word with ل glued on an alef with a hamza for a name (لإيفيننج), but a name in bare لا (لاريجاني)', () => {
    expect(persons('وقال مدير المبيعات لإنفينيتي تايمز إن الطلب ارتفع.', 'ar')).toEqual([]);
    expect(persons('وقال رئيس البرلمان لاريجاني إن الاتفاق قائم.', 'ar')).toEqual(['لاريجاني']);
  });

  it('takes no Persian word in quotes before a title for a name in apposition', () => {
    expect(persons('کارمندان از رفتار «بدخلق» خانم رحیمی شکایت کردند.', 'fa')).not.toContain('بدخلق');
  });
});
