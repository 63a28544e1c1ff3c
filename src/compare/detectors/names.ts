import { findNames, type NameMention } from '../../extract/names.js';
import { compareNames, type NameMatch } from '../../names/compare.js';
import { findSpelledName } from '../../names/spelled-in.js';
import type { AlignedLetters } from '../../names/phonetic.js';
import type { NameFinding, Side } from '../../report/types.js';
import { normalize } from '../../text/normalize.js';
import { tokenize } from '../../text/tokens.js';
import type { ComparisonContext, ContextDocument, Detector } from '../context.js';
import { mentionsBySentence, sentencesOf } from '../mentions.js';
import { pairMentions } from '../pairing.js';

const PRONOUNS: Record<string, ReadonlySet<string>> = {
  fa: new Set(['او', 'وی', 'ایشان'].map((w) => normalize(w).text)),
  ar: new Set(['هو', 'هي'].map((w) => normalize(w).text)),
};

/** How two spellings differ, one phrase per letter step: `غ ↔ گ (g)`, `ي only in a`. */
export function describeDifferences(steps: readonly AlignedLetters[]): string[] {
  return steps
    .filter((s) => s.kind !== 'same')
    .map((s) => (s.a && s.b ? `${s.a} ↔ ${s.b}${s.sound ? ` (${s.sound})` : ''}` : s.a ? `${s.a} only in a` : `${s.b} only in b`));
}

/** Names and adjectives of places: الصينيون on one side answers چین on the other, though it is no name itself. */
function names(doc: ContextDocument): NameMention[][] {
  const language = doc.language === 'unknown' ? undefined : doc.language;
  return mentionsBySentence(doc, findNames(doc.text, { ...(language ? { language } : {}), adjectives: true }));
}

const isAdjective = (m: NameMention): boolean => m.form === 'adjective';

/** Places and organisations that share an entity id match whatever their form. */
function sameEntity(x: NameMention, y: NameMention): boolean {
  return x.entity !== undefined && y.entity !== undefined && x.entity.id === y.entity.id;
}

const NEIGHBOURS_BELOW = 0.9;

const sameSurface = (x: string, y: string): boolean => normalize(x).text.replace(/ /g, '') === normalize(y).text.replace(/ /g, '');

/**
 * Names: the same entity spelled two ways (`name/spelling`), a place named by each language's convention
 * (`name/convention`), and a name whose counterpart sentences name no one matching it (`name/unmatched`) —
 * often because the other side has a pronoun, which the finding then points at.
 *
 * Names are paired inside a bead first; a name left over is looked for in the neighbouring beads before it
 * counts as unmatched, so a sentence split across beads does not produce false findings.
 */
export const nameDetector: Detector = {
  kind: 'name',
  detect(ctx: ComparisonContext): NameFinding[] {
    const cache = new Map<string, NameMatch>();
    const match = (x: NameMention, y: NameMention): NameMatch => {
      const key = `${x.text}\u0000${y.text}`;
      let m = cache.get(key);
      if (!m) cache.set(key, (m = compareNames(x.text, y.text)));
      return m;
    };
    const { pairs, unmatched } = pairMentions(ctx, { a: names(ctx.a), b: names(ctx.b) }, {
      score: (x, y) => {
        if (isAdjective(x) || isAdjective(y)) return sameEntity(x, y) ? 0.5 : undefined;
        const m = match(x, y);
        return m.same ? m.score : undefined;
      },
      // A name repeated in the next sentence is no evidence for a split sentence: look next door only
      // where the pairing itself is in doubt.
      neighbourScore: 0,
      neighbourBeads: (k) => (ctx.beads[k]?.confidence ?? 0) < NEIGHBOURS_BELOW,
      reuse: true,
    });
    const out: NameFinding[] = [];
    for (const p of pairs) {
      if (isAdjective(p.a) || isAdjective(p.b) || sameSurface(p.a.text, p.b.text)) continue;
      out.push(spellingFinding(ctx, p.a, p.b, match(p.a, p.b), p.bead));
    }
    // Independent reports name whom they choose: a name without a counterpart is no finding between them.
    for (const u of ctx.mode === 'parallel' ? unmatched : []) {
      const bead = ctx.beads[u.bead]!;
      const other: Side = u.side === 'a' ? 'b' : 'a';
      // A name left in Latin script (Pfizer) whose counterpart spells it in Arabic script (فايزر), with nothing
      // else to show it is a name: the same name in two scripts.
      const spelled = u.mention.cue === 'latin' ? spelledInSentences(ctx[other], sentencesOf(bead, other), u.mention) : undefined;
      if (spelled) {
        const [x, y] = u.side === 'a' ? [u.mention, spelled.mention] : [spelled.mention, u.mention];
        out.push(spellingFinding(ctx, x, y, spelled.match, u.bead));
        continue;
      }
      // A name in a sentence with no counterpart is part of the omission, not a finding of its own; an
      // adjective is no name to miss.
      if (sentencesOf(bead, other).length === 0 || isAdjective(u.mention)) continue;
      out.push(unmatchedFinding(ctx, u.side, u.mention, sentencesOf(bead, other), u.bead));
    }
    return out;
  },
};

function spellingFinding(ctx: ComparisonContext, x: NameMention, y: NameMention, m: NameMatch, bead: number): NameFinding {
  const convention = m.reason.kind === 'convention';
  const type = x.type !== 'unknown' ? x.type : y.type;
  const what = type === 'unknown' ? 'name' : type;
  const message = convention
    ? `The same ${what} is named ${x.text} in a and ${y.text} in b, each by its language's convention.`
    : `The same ${what} is spelled ${x.text} in a and ${y.text} in b: ${lowerFirst(m.reason.detail)}`;
  return {
    kind: 'name',
    rule: convention ? 'name/convention' : 'name/spelling',
    severity: 'info',
    confidence: Math.round(m.score * 1000) / 1000,
    message,
    a: ctx.location('a', x.start, x.end),
    b: ctx.location('b', y.start, y.end),
    bead,
    spellings: { a: x.text, b: y.text },
    differences: describeDifferences(m.reason.differences),
    entity: x.type !== 'unknown' ? x.type : y.type,
  };
}

/** The words of the given sentences that spell a Latin-script name in Arabic script, as a mention. */
function spelledInSentences(doc: ContextDocument, sentences: readonly number[], latin: NameMention): { mention: NameMention; match: NameMatch } | undefined {
  for (const s of sentences) {
    const sentence = doc.sentences[s];
    const found = sentence ? findSpelledName(latin.text, doc.text, sentence.start, sentence.end) : undefined;
    if (found) return { mention: { text: found.text, start: found.start, end: found.end, type: latin.type, cue: 'latin' }, match: found.match };
  }
  return undefined;
}

function unmatchedFinding(ctx: ComparisonContext, side: Side, mention: NameMention, otherSentences: readonly number[], bead: number): NameFinding {
  const other: Side = side === 'a' ? 'b' : 'a';
  const doc = ctx[other];
  const pronouns = PRONOUNS[doc.language] ?? new Set<string>();
  let pronoun: { start: number; end: number; text: string } | undefined;
  if (mention.type === 'person') {
    for (const s of otherSentences) {
      const sentence = doc.sentences[s];
      if (!sentence) continue;
      const token = tokenize(sentence.text).find((t) => pronouns.has(normalize(t.text).text));
      if (token) {
        pronoun = { start: sentence.start + token.start, end: sentence.start + token.end, text: token.text };
        break;
      }
    }
  }
  const noun = mention.type === 'unknown' ? 'name' : mention.type;
  const message = pronoun
    ? `Document ${side} names the ${noun} ${mention.text} where document ${other} has only the pronoun ${pronoun.text}.`
    : `Document ${side} names the ${noun} ${mention.text}; its counterpart in document ${other} names no matching ${noun}.`;
  return {
    kind: 'name',
    rule: 'name/unmatched',
    severity: mention.type === 'person' ? 'warning' : 'info',
    confidence: pronoun ? 0.8 : 0.6,
    message,
    [side]: ctx.location(side, mention.start, mention.end),
    ...(pronoun ? { [other]: ctx.location(other, pronoun.start, pronoun.end) } : {}),
    bead,
    spellings: { [side]: mention.text },
    entity: mention.type,
  } as NameFinding;
}

function lowerFirst(s: string): string {
  const t = s.replace(/^The same name transliterated two ways: /, '');
  return t.charAt(0).toLowerCase() + t.slice(1);
}
