// Align two texts directly: sentences keep their spans, so a bead can be highlighted where it stands.
// Run: npm run examples -- align-texts
import { alignTexts } from 'muqabala';

const arabic = 'أعلنت الوزارة يوم الأحد افتتاح جسر جديد فوق نهر آمو. وبلغت تكلفته 40 مليون دولار.';
const dari = 'وزارت روز یکشنبه پل تازه‌ای را بر دریای آمو افتتاح کرد. هزینه این پل ۴۰ میلیون دالر بود. کار ساخت آن دو سال طول کشید.';

const alignment = alignTexts(arabic, dari);
console.log(`languages: ${alignment.languages.source} → ${alignment.languages.target}`);
for (const bead of alignment.beads) {
  const show = (indices: readonly number[], sentences: typeof alignment.sourceSentences): string =>
    indices.map((i) => `[${sentences[i]?.start}–${sentences[i]?.end}] ${sentences[i]?.text}`).join(' ') || '—';
  console.log(`${show(bead.source, alignment.sourceSentences)}\n   ↔ ${show(bead.target, alignment.targetSentences)}\n`);
}
