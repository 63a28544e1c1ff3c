// A description after a person's name in apposition, his office and what he holds it in (محمد باقر قاليباف رئيس
// البرلمان, ذبيح الله مجاهد المتحدث باسم طالبان, سخنگوی طالبان): news writes it after the name, and a list of names
// copies it with the name. It names the same person, not another one.

import { foldName } from './phonetic.js';

/**
 * Nouns of office that open such a description, Arabic and Persian (with the article or without), and not given
 * names or honorifics, which also follow a name as part of it (أمير, شيخ, سردار, ملا). Written for the project.
 */
const ROLES =
  'رئيس رئيسة زعيم زعيمة قائد وزير وزيرة متحدث ناطق أمين مؤسس نائب سفير سفيرة مدير مديرة مستشار مبعوث محافظ عضو مرشد ممثل مندوب ' +
  'رئیس رهبر سخنگو سخنگوی وزیر فرمانده بنیانگذار بنیان‌گذار معاون مشاور نماینده دبیرکل والی استاندار';

const KEYS: ReadonlySet<string> = new Set(ROLES.split(' ').map((w) => foldName(w)));

/**
 * Whether the words one name has after all the other's open a description of office (a noun of office, then what
 * it is of: رئيس البرلمان الإيراني). The words are folded name words, as spellings.ts compares them.
 *
 * @param kept - How many words of the longer name both names share, before the description.
 * @param tail - The longer name's words after them.
 */
export function isRoleApposition(kept: number, tail: readonly string[]): boolean {
  const [first, ...rest] = tail;
  if (first === undefined || rest.length === 0 || kept < 2) return false;
  return KEYS.has(first) || (first.startsWith('ال') && KEYS.has(first.slice(2)));
}
