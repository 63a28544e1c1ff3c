import { argument, options as checkOptions, string } from '../contract/validate.js';
import { segment, segmentOptions, type SegmentOptions, type Sentence } from '../segment/segment.js';
import { detectLanguage } from '../text/language.js';
import { ALIGN_OPTIONS } from './options.js';
import { alignSentences } from './align.js';
import type { AlignOptions, ExplainedAlignment } from './types.js';

/** Options for {@link alignTexts}: those of {@link alignSentences} and of {@link segment}. */
export interface AlignTextsOptions extends Omit<AlignOptions, 'explain'> {
  /** How to segment both texts. */
  segment?: SegmentOptions;
}

/** Two texts cut into sentences (with their spans) and aligned, with the evidence for every bead. */
export interface TextAlignment extends ExplainedAlignment {
  /** The source text's sentences; bead indices point into this array. */
  readonly sourceSentences: readonly Sentence[];
  /** The target text's sentences; bead indices point into this array. */
  readonly targetSentences: readonly Sentence[];
}

/**
 * Segments two texts and aligns their sentences, keeping each sentence's span in its text, so that a bead
 * can be shown or highlighted where it stands. Languages are detected on the whole texts unless given.
 *
 * @example
 * ```ts
 * import { alignTexts } from 'muqabala';
 *
 * const a = alignTexts('وصل الوزير إلى بشكيك. وعقد مؤتمرًا صحفيًا.', 'وزیر به بیشکک رسید. او یک نشست خبری برگزار کرد.');
 * a.languages; // => { source: 'ar', target: 'fa' }
 * a.beads.map((b) => [b.source, b.target]); // => [[[0], [0]], [[1], [1]]]
 * a.targetSentences[1]?.start; // => 20
 * ```
 */
export function alignTexts(source: string, target: string, options?: AlignTextsOptions): TextAlignment {
  argument('alignTexts', 'source', source, string);
  argument('alignTexts', 'target', target, string);
  const { segment: segmentation, ...align } = checkOptions('alignTexts', options, ALIGN_TEXTS_OPTIONS);
  const sourceSentences = segment(source, segmentation);
  const targetSentences = segment(target, segmentation);
  const sourceLanguage = align.sourceLanguage ?? known(detectLanguage(source).language);
  const targetLanguage = align.targetLanguage ?? known(detectLanguage(target).language);
  const alignment = alignSentences(
    sourceSentences.map((s) => s.text),
    targetSentences.map((s) => s.text),
    {
      ...align,
      ...(sourceLanguage ? { sourceLanguage } : {}),
      ...(targetLanguage ? { targetLanguage } : {}),
      explain: true,
    },
  );
  return { ...alignment, sourceSentences, targetSentences };
}

const ALIGN_TEXTS_OPTIONS = { ...ALIGN_OPTIONS, segment: segmentOptions };

function known<T extends string>(language: T | 'unknown'): T | undefined {
  return language === 'unknown' ? undefined : language;
}
