/**
 * The built-in Arabic↔Persian lexicon, one file per domain. Each file exports its entries as one string,
 * one meaning per line:
 *
 *     Arabic forms | Persian forms
 *
 * Forms are separated by `/` and written normally (with hamza, ی, ک, the zero-width non-joiner: they are
 * folded when loaded). A form may be several words: the lexicon then matches it as a phrase. Arabic verbs
 * are given by their past and present 3rd person masculine forms and the masdar (قال/يقول/قول): the
 * stemmer maps the other persons to them. A Persian verb is its infinitive with its present stem in
 * parentheses (گفتن (گو)); a compound verb is written with its light verb (اعلام کرد) and indexed by its
 * non-verbal part. Dari forms sit beside Iranian ones on the same line. A word may appear on several
 * lines: it then has several meanings. Lines starting with `#` are comments.
 *
 * Adding vocabulary is adding lines, or a file listed here.
 */
import { bodies } from './bodies.js';
import { calendar } from './calendar.js';
import { diplomacy } from './diplomacy.js';
import { disasters } from './disasters.js';
import { economy } from './economy.js';
import { functionWords } from './function-words.js';
import { general } from './general.js';
import { geography } from './geography.js';
import { health } from './health.js';
import { institutions } from './institutions.js';
import { law } from './law.js';
import { newsVerbs } from './news-verbs.js';
import { numbers } from './numbers.js';
import { people } from './people.js';
import { politics } from './politics.js';
import { reportingVerbs } from './reporting-verbs.js';
import { science } from './science.js';
import { security } from './security.js';
import { simpleVerbs } from './simple-verbs.js';
import { society } from './society.js';
import { sports } from './sports.js';
import { time } from './time.js';
import { titles } from './titles.js';

/** A named group of entries; `entries()` returns the lines (computed lazily where they come from `Intl`). */
export interface LexiconDomain {
  readonly name: string;
  entries(): string;
  /** Whether its entries are computed at run time (from `Intl`): the build never compiles such a domain (see compiled.ts). */
  readonly computed?: boolean;
}

const constant = (name: string, text: string): LexiconDomain => ({ name, entries: () => text });

export const BUILTIN_DOMAINS: readonly LexiconDomain[] = [
  constant('function-words', functionWords),
  constant('reporting-verbs', reportingVerbs),
  constant('news-verbs', newsVerbs),
  constant('simple-verbs', simpleVerbs),
  constant('politics', politics),
  constant('diplomacy', diplomacy),
  constant('security', security),
  constant('economy', economy),
  constant('law', law),
  constant('health', health),
  constant('disasters', disasters),
  constant('sports', sports),
  constant('science', science),
  constant('society', society),
  constant('time', time),
  { name: 'calendar', entries: calendar, computed: true },
  constant('numbers', numbers),
  constant('titles', titles),
  constant('institutions', institutions),
  constant('bodies', bodies),
  constant('geography', geography),
  constant('people', people),
  constant('general', general),
];
