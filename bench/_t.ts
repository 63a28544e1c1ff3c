import { foldName, lettersOf } from '../src/names/phonetic.js';
import { entityKey } from '../src/names/gazetteer.js';
for (const w of ['أسامة','فائز','مؤمن','إسراء','مصطفى','رؤوف','آمنة','یحیی','عائشة']) console.log(w, lettersOf(foldName(w)), entityKey(w));
