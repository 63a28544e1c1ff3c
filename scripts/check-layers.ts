/**
 * The import rule of docs/architecture.md, checked: the folders of src/ form a list, and a file may import from its
 * own folder and from folders above it, never from one below. Also no import cycle among the files of src/ (type-only
 * imports included: a cycle of types is still a knot a reader has to untie). Exits 1 with every violation listed.
 *
 * Usage: `npm run check:layers`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The folders of src/, top first (docs/architecture.md gives the reason for each place). */
export const LAYERS = [
  'contract',
  'text',
  'calendars',
  'lexicon',
  'segment',
  'extract',
  'names',
  'align',
  'model',
  'compare',
  'report',
  'cli',
] as const;

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else if (entry.endsWith('.ts')) out.push(full);
  }
  return out;
}

/**
 * The layer of a file: its first folder under src/. src/index.ts, the public surface, sits just above cli/: it
 * re-exports every library folder, and the command-line tool uses the library through it, as a user would.
 */
function layerOf(file: string): number {
  const top = relative(root, file).split(sep)[0] ?? '';
  const at = (LAYERS as readonly string[]).indexOf(top);
  if (top.endsWith('.ts')) return LAYERS.indexOf('cli') - 0.5;
  if (at < 0) throw new Error(`check-layers: src/${top}/ is in no layer; add it to LAYERS and docs/architecture.md`);
  return at;
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const out: string[] = [];
  for (const ref of info.importedFiles) {
    if (!ref.fileName.startsWith('.')) continue;
    const target = resolve(dirname(file), ref.fileName.replace(/\.js$/, '.ts'));
    out.push(target.endsWith('.ts') ? target : `${target}.ts`);
  }
  return out;
}

const files = filesUnder(root);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const problems: string[] = [];
const name = (f: string): string => `src/${relative(root, f)}`;
const label = (f: string): string => (LAYERS[layerOf(f)] === undefined ? 'the public surface' : `${LAYERS[layerOf(f)]}/`);

for (const [file, targets] of graph) {
  for (const target of targets) {
    if (!graph.has(target)) problems.push(`${name(file)} imports ${name(target)}, which does not exist`);
    else if (layerOf(target) > layerOf(file))
      problems.push(`${name(file)} imports ${name(target)}: ${label(file)} may not use the lower ${label(target)}`);
  }
}

// Cycles: Tarjan's strongly connected components (iterative, so deep graphs cannot overflow the stack).
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const onStack = new Set<string>();
const stack: string[] = [];
for (const start of files) {
  if (index.has(start)) continue;
  const work: Array<[string, number]> = [[start, 0]];
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    const [node, next] = frame;
    if (next === 0) {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
    }
    const targets = (graph.get(node) ?? []).filter((t) => graph.has(t));
    if (next < targets.length) {
      frame[1] = next + 1;
      const target = targets[next]!;
      if (!index.has(target)) work.push([target, 0]);
      else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
      continue;
    }
    work.pop();
    const parent = work[work.length - 1];
    if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) problems.push(`import cycle: ${component.map(name).sort().join(' ↔ ')}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`check-layers: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-layers: ${files.length} files in ${LAYERS.length} layers, every import goes down, no cycle`);
