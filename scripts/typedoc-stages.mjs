// A TypeDoc plugin (typedoc.json loads it): groups the public API by pipeline stage, from the folder (or
// file) each symbol is declared in, so that a new export lands in its stage without a tag. A symbol may
// still say otherwise with its own @group tag. A symbol from a place no stage claims is a warning, which
// `treatWarningsAsErrors` turns into a failed build: add the place to STAGES. So is a guide in docs/ that
// typedoc.json's projectDocuments (which lists them in reading order) leaves out.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Source paths (relative to the project, as prefixes) and their stage, most specific first. */
const STAGES = [
  ['src/text/', 'Text'],
  ['src/segment/', 'Segmentation'],
  ['src/extract/', 'Dates and numbers'],
  ['src/calendars/', 'Dates and numbers'],
  ['src/lexicon/date-words.ts', 'Dates and numbers'],
  ['src/lexicon/quantity-words.ts', 'Dates and numbers'],
  ['src/names/', 'Names'],
  ['src/lexicon/places.ts', 'Names'],
  ['src/align/', 'Alignment'],
  ['src/compare/', 'Comparison'],
  ['src/model/types.ts', 'The report'],
  ['src/model/multi-types.ts', 'The report'],
  ['src/model/values.ts', 'The report'],
  ['src/report/', 'Rendering'],
  ['src/contract/', 'Errors'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_BEGIN, () => {
    const listed = new Set(app.options.getValue('projectDocuments').map((path) => basename(path)));
    const docs = join(import.meta.dirname, '../docs');
    for (const file of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
      if (!listed.has(file))
        app.logger.warn(`docs/${file} is not in typedoc.json's projectDocuments: add it where it belongs in the reading order`);
    }
  });
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      // The exports, whether TypeDoc put them on the project or on a module of it.
      const exported = (project.children ?? []).flatMap((r) => (r.kindOf(ReflectionKind.Module) ? (r.children ?? []) : [r]));
      for (const reflection of exported) {
        const hasGroup = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)].some((c) =>
          c?.blockTags.some((t) => t.tag === '@group'),
        );
        if (hasGroup) continue;
        const file = project.getSymbolIdFromReflection(reflection)?.fileName ?? '';
        const stage = STAGES.find(([prefix]) => file.includes(`/${prefix}`) || file.startsWith(prefix))?.[1];
        if (!stage) {
          app.logger.warn(
            `typedoc-stages: no pipeline stage for ${reflection.name} (declared in ${file || 'an unknown file'}); add its folder to scripts/typedoc-stages.mjs`,
          );
          continue;
        }
        reflection.comment ??= new Comment();
        reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: stage }]));
      }
    },
    // Before TypeDoc's own plugins read the tags.
    100,
  );
}
