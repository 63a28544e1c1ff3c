import { describe, expect, it } from 'vitest';
import { expectDifferentNames, expectSame, expectSameName } from './support/names.js';

describe('the Spanish v that Persian writes و and Arabic ب', () => {
  it('reads ب against و before the same vowel', () => {
    expectSameName('بالديبيا', 'والدیویا', 'Spanish v');
  });

  it('keeps two names apart where the vowel after it differs', () => {
    expectDifferentNames('ماربيلا', 'ماروولا');
  });

  it('keeps a short name apart', () => {
    expectDifferentNames('بيلا', 'ویلا');
  });
});

describe('a final e after h, that Persian writes هه and Arabic هي', () => {
  it('reads the two endings as one vowel', () => {
    expectSameName('كاراهي', 'کاراهه', 'final e');
  });
});

describe("Persian's alef before an opening ng or mb", () => {
  it('reads انگ against نغ and امب against مب', () => {
    expectSame('نغولو', 'انگولو');
    expectSame('مبوتو', 'امبوتو');
  });

  it('leaves an alef before another opening cluster a letter of the name', () => {
    expectDifferentNames('نجم', 'انجم');
  });
});

describe('the pinyin h, said kh', () => {
  it('reads the Arabic خ against the Persian ه in a Chinese name', () => {
    expectSameName('خه تشيانغ', 'هه چیانگ', 'pinyin h');
  });

  it('leaves خ and ه apart in a name that is not Chinese', () => {
    expect(expectDifferentNames('خالد سامي', 'هالد سامی')).not.toContain('pinyin');
  });
});
