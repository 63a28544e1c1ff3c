import { describe, it } from 'vitest';
import { expectDifferentNames as apart, expectSameName as same } from './support/names.js';

// Bodies made up for these tests, named in English and translated word by word into Arabic or Persian.

describe('an English-named body translated word by word', () => {
  it("reads a council's, a service's and a force's words", () => {
    same('Zarqan Military Council', 'شورای نظامی زرقان', 'Military translated نظامی');
    same('Counter Terrorism Service', 'جهاز مكافحة الإرهاب', 'Counter Terrorism translated');
    same('Forces of Unity and Change', 'نیروهای وحدت و تغییر', 'Change translated تغییر');
  });

  it("reads a company's business and a people's adjective", () => {
    same('Orvano Pharmaceuticals', 'أدوية أورفانو', 'Pharmaceuticals translated');
    same('Kurdish Salvation Front', 'جبهة الإنقاذ الكردية', 'Kurdish translated');
  });

  it('reads a bay, an archipelago and a Nordic institutet as heads', () => {
    same('Tarvik Bay', 'خلیج تارویک', "gulf's head is translated");
    same('Selvar Archipelago', 'مجمع‌الجزایر سلوار', "island's head is translated");
    same('Hemsfjord Institutet', 'معهد هيمسفيورد', "institute's head is translated");
  });

  it('keeps two bodies apart when a translated word differs', () => {
    apart('Zarqan Military Council', 'شورای امنیتی زرقان');
    apart('Kurdish Salvation Front', 'جبهة الإنقاذ التركمانية');
    apart('Orvano Pharmaceuticals', 'تأمين أورفانو');
  });
});
