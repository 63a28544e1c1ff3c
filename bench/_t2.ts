import { bilingualLexicon } from '../src/lexicon/bilingual-lexicon.js';
import { entityKey } from '../src/names/gazetteer.js';
const l = bilingualLexicon();
const show = (ws: string[], fa: boolean) => { const keys = ws.map(entityKey); const c = fa ? l.persianSentence(keys) : l.arabicSentence(keys); console.log(ws.join(' '), JSON.stringify(c)); };
show(['المؤتمر','الشعبي'], false); show(['کنگره','مردمی'], true); show(['الشعبي'], false); show(['مردمی'], true); show(['الخلاص'], false); show(['نجات'], true);
for (const id of [780, 892, 3028, 3084, 1039, 831]) console.log(id, JSON.stringify(l.concept(id)));
console.log(l.arabicKeys('شعبي'), l.arabicKeys('الشعبي'), l.persianKeys('مردمی'), l.persianKeys(entityKey('مردمی')));
