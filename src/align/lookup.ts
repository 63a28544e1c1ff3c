import type { Language } from '../text/language.js';
import type { ConceptLookup } from './features.js';

// Temporary: a stand-in until the bilingual lexicon lands. No concepts; stems strip the Arabic article.
export const basicLookup: ConceptLookup = {
  concepts: () => [],
  stem: (folded: string, language: Language) =>
    language === 'ar' && folded.length > 4 && folded.startsWith('ال') ? folded.slice(2) : folded,
};
