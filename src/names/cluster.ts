import { argument, arrayOf, number, oneOf, options as checkOptions, shape, string } from '../contract/validate.js';
import type { NameMention, NameType } from './find/find-names.js';
import { matchNames } from './compare.js';
import { NAME_THRESHOLD } from './name-match.js';
import { type NameMatch } from './name-match.js';
import { normalize } from '../text/normalize.js';
import { entityKey, type KnownEntity } from './gazetteer.js';
import { elementAt } from '../contract/element-at.js';
import { PLACE_KINDS } from '../lexicon/places.js';

/** A name mention from one of several texts: a {@link NameMention} with the id of its document. */
export interface DocumentNameMention extends NameMention {
  /** Any id the caller gives its documents (a file name, an index). */
  readonly document: string;
}

/** Where a spelling occurs. */
export interface NameOccurrence {
  /** The document's id, as given in the mention. */
  readonly document: string;
  /** Offset of the mention's first code unit in that document. */
  readonly start: number;
  /** Offset one past its last code unit. */
  readonly end: number;
}

/** One spelling of an entity and every place it occurs. */
export interface ClusterSpelling {
  /** The spelling as first written. */
  readonly text: string;
  /** Every mention written this way, in input order. */
  readonly occurrences: readonly NameOccurrence[];
}

/** One person, place or organisation across the texts, with all its spellings. */
export interface NameCluster {
  /** A stable id: the entity's id for known places and organisations (`CN`, `CSTO`), else `person:1`, `organization:2` … */
  readonly id: string;
  /** Person (when any mention is a person), place, organisation or unknown. */
  readonly type: NameType;
  /** A label for reports: for people the fullest spelling (the most frequent among equals), for known entities the most frequent. */
  readonly label: string;
  /** The known place or organisation, if any. */
  readonly entity?: KnownEntity;
  /** The spellings, most frequent first. */
  readonly spellings: readonly ClusterSpelling[];
  /** The documents the entity is named in, in first-seen order. */
  readonly documents: readonly string[];
}

/** Options for {@link clusterNames}. */
export interface ClusterNamesOptions {
  /** Passed to {@link compareNames}. */
  threshold?: number;
}

const OFFSET = number({ min: 0, integer: true });
const ENTITY = shape(
  { id: string, type: oneOf(['place', 'organization']), kind: oneOf(PLACE_KINDS), name: string },
  'a known entity as findNames gives it ({ id, type, name })',
  ['id', 'type', 'name'],
  true,
);
const MENTION = shape(
  {
    text: string,
    start: OFFSET,
    end: OFFSET,
    type: oneOf(['person', 'place', 'organization', 'unknown']),
    document: string,
    entity: ENTITY,
    form: oneOf(['adjective']),
  },
  'a name mention from findNames with its document ({ ...mention, document })',
  ['text', 'start', 'end', 'type', 'document'],
  true,
);
const MENTIONS = arrayOf(MENTION, 'name mentions with their document');

interface Spelling {
  text: string;
  key: string;
  words: number;
  type: NameType;
  entity?: KnownEntity;
  occurrences: NameOccurrence[];
}

interface Cluster {
  type: NameType;
  entity?: KnownEntity;
  spellings: Spelling[];
}

/**
 * Groups name mentions from any number of texts, in Arabic and Persian alike, into entities: one cluster
 * per person, place or organisation, with each of its spellings and where each occurs.
 *
 * Known places and organisations group by their entity (الصين and چین are both `CN`). People and unknown
 * names group by {@link compareNames}: full names that are one name transliterated two ways join, and a
 * name of one word (a surname alone: رحمون) joins the one cluster whose full name it matches; when it
 * matches more than one, it stays on its own rather than guess.
 *
 * @example
 * ```ts
 * import { clusterNames, findNames } from 'muqabala';
 *
 * const ar = findNames('وقال الرئيس إمام علي رحمن إن رحمن سيزور الصين.').map((m) => ({ ...m, document: 'ar' }));
 * const fa = findNames('امامعلی رحمان گفت که به چین سفر می‌کند.').map((m) => ({ ...m, document: 'fa' }));
 * clusterNames([...ar, ...fa]).map((c) => `${c.label}: ${c.spellings.map((s) => s.text).join(' / ')}`);
 * // => ['الصين: الصين / چین', 'إمام علي رحمن: إمام علي رحمن / امامعلی رحمان / رحمن']
 * ```
 */
export function clusterNames(mentions: readonly DocumentNameMention[], options?: ClusterNamesOptions): NameCluster[] {
  const checked = argument('clusterNames', 'mentions', mentions, MENTIONS);
  const { threshold } = checkOptions('clusterNames', options, NAME_THRESHOLD);
  const compareOptions = threshold === undefined ? undefined : { threshold };
  const spellings = new Map<string, Spelling>();
  for (const m of checked) {
    if (m.form === 'adjective') continue;
    // One spelling is one written form, letter folds aside: إمام علي رحمان and امامعلی رحمان are two.
    const key = `${m.entity?.id ?? m.type}\u0000${spellingKey(m.text)}`;
    let s = spellings.get(key);
    if (!s) {
      s = { text: m.text, key: entityKey(m.text) || m.text, words: m.text.trim().split(/\s+/u).length, type: m.type, occurrences: [] };
      if (m.entity) s.entity = m.entity;
      spellings.set(key, s);
    }
    s.occurrences.push({ document: m.document, start: m.start, end: m.end });
  }
  const clusters: Cluster[] = [];
  const byEntity = new Map<string, Cluster>();
  const named: Spelling[] = [];
  for (const s of spellings.values()) {
    if (s.entity) {
      let c = byEntity.get(s.entity.id);
      if (!c) {
        c = { type: s.type, entity: s.entity, spellings: [] };
        byEntity.set(s.entity.id, c);
        clusters.push(c);
      }
      c.spellings.push(s);
    } else named.push(s);
  }
  // Full names first, so that a surname alone meets the full names it could belong to.
  named.sort((a, b) => b.words - a.words || count(b) - count(a));
  const open: Cluster[] = [];
  for (const s of named) {
    const matches = open.filter((c) => compatible(c.type, s.type) && c.spellings.some((t) => sameEntity(s, t, compareOptions)));
    if (matches.length === 1 || (matches.length > 1 && s.words > 1)) {
      elementAt(matches, 0).spellings.push(s);
    } else {
      const c: Cluster = { type: s.type, spellings: [s] };
      open.push(c);
      clusters.push(c);
    }
  }
  const counters = new Map<string, number>();
  return clusters.map((c) => {
    const sorted = [...c.spellings].sort((a, b) => count(b) - count(a));
    // Known entities are labelled by their most frequent spelling, people by their fullest name.
    const label = elementAt(c.entity ? sorted : [...c.spellings].sort((a, b) => b.words - a.words || count(b) - count(a)), 0);
    const documents: string[] = [];
    for (const s of c.spellings) for (const o of s.occurrences) if (!documents.includes(o.document)) documents.push(o.document);
    const type = c.spellings.some((s) => s.type === 'person') ? 'person' : c.type;
    let id = c.entity?.id;
    if (!id) {
      const n = (counters.get(type) ?? 0) + 1;
      counters.set(type, n);
      id = `${type}:${n}`;
    }
    const cluster: { -readonly [K in keyof NameCluster]: NameCluster[K] } = {
      id,
      type,
      label: label.text,
      spellings: sorted.map((s) => ({ text: s.text, occurrences: s.occurrences })),
      documents,
    };
    if (c.entity) cluster.entity = c.entity;
    return cluster;
  });
}

function spellingKey(text: string): string {
  return normalize(text)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function count(s: Spelling): number {
  return s.occurrences.length;
}

function compatible(a: NameType, b: NameType): boolean {
  return a === b || a === 'unknown' || b === 'unknown';
}

/**
 * Whether two spellings name one entity: {@link compareNames} says so, or the shorter is the longer's
 * first words (محمد بن زايد / محمد بن زايد آل نهيان), which in one corpus names one person.
 */
function sameEntity(a: Spelling, b: Spelling, options: { threshold: number } | undefined): boolean {
  if (a.key === b.key) return true;
  const m: NameMatch = matchNames(a.text, b.text, options?.threshold);
  if (m.same) return true;
  const { unmatched, parts } = m.reason;
  const matchedWords = parts.reduce((n, p) => n + Math.min(p.a.split(' ').length, p.b.split(' ').length), 0);
  return (unmatched.a.length === 0 || unmatched.b.length === 0) && matchedWords >= 2 && parts.length > 0;
}
