// Fourth pass: a quoted name after the head of an organisation's name (منظمة «…», سازمان «…»).
import { Finder, QUOTES } from './finder.js';
import { elementAt } from '../../contract/element-at.js';

/**
 * A quoted name after the head of an organisation's name and the words of that name (حركة المقاومة الإسلامية
 * «حماس», منظمة «…»). The quote belongs to the head's name only while the words between them continue it: a
 * function word or a verb of saying between them (من, عن, الذين, كانت, گفت, اینکه) ends the name, and what is
 * quoted after it is what someone said (جمعية ويلز … عن قلقهم من "…"), not a name.
 */
export function findQuotedOrganizations(finder: Finder): void {
  const words = finder.words;
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (w.kind !== 'word' || !finder.isBareOrganizationHead(i)) continue;
    for (let j = i + 1; j <= i + 6 && j < words.length; j++) {
      const q = elementAt(words, j);
      if (q.newLine) break;
      if (q.kind === 'word' && (finder.isFunctionWordAt(j) || finder.isSpeechVerb(j))) break;
      if (q.kind === 'punctuation' && QUOTES.has(q.char)) {
        let k = j + 1;
        while (k < words.length && k <= j + 4 && words[k]?.kind === 'word') k++;
        const close = words[k];
        if (k > j + 1 && close?.kind === 'punctuation' && QUOTES.has(close.char)) {
          const inside = Array.from({ length: k - j - 1 }, (_, x) => j + 1 + x);
          if (inside.every((x) => !finder.owner[x]) && inside.some((x) => !finder.isCommonAt(x))) {
            finder.add({ first: j + 1, last: k - 1, prefix: 0, type: 'organization', cue: 'organization-head' });
          }
        }
        break;
      }
      if (q.kind !== 'word') break;
    }
  }
}

// ——— people ———
