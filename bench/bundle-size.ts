/**
 * What muqabala costs a web page, and proof that it tree-shakes: esbuild bundles small entries that import
 * from 'muqabala' the way an application would (through the package's exports, so from the build in
 * dist/: the `module` condition gives a bundler the per-module tree, dist/esm/), minified for the browser, and
 * the script prints each bundle's minified and gzipped size, beside the gzipped size of the same entry bundled
 * from the sources (src/), which is what perfect tree-shaking of the package would give.
 *
 * It checks that the package tree-shakes as well as the sources do: 'muqabala' must resolve to dist/esm/ (a
 * bundler that takes the one-file build keeps every table filled at load, ≈ 119 KB gzipped for `segment` alone),
 * and the `segment`-only bundle from the package must stay within SEGMENT_BOUND times the one from the sources.
 *
 * It also checks that an entry importing only `segment` pulls in neither the aligner, nor compare(), nor
 * the renderers, nor the bilingual lexicon, twice: by the marker strings of those modules in the bundle of
 * the build (the markers are checked to be in the full bundle, so the check can fail), and by esbuild's
 * account of which source files put bytes into the same entry bundled from src/.
 *
 *   npm run build && npx tsx bench/bundle-size.ts     (exits 1 when a check fails; npm run bench runs it too)
 */
import { buildSync, type Metafile } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');

const ENTRIES = {
  'segment only': "import { segment } from 'muqabala';\nconsole.log(segment('وصل الوزير. وعاد.'));\n",
  'extractDates and extractNumbers':
    "import { extractDates, extractNumbers } from 'muqabala';\nconsole.log(extractDates('x'), extractNumbers('x'));\n",
  'compare and renderHtml': "import { compare, renderHtml } from 'muqabala';\nconsole.log(renderHtml(compare('a', 'b')));\n",
  everything: "export * from 'muqabala';\n",
} as const;

/** Strings that survive minification, one from each part a `segment`-only bundle must leave out. */
const MARKERS = {
  aligner: 'no path through the band', // src/align/dp.ts
  compare: ' sentences paired by what they report', // src/compare/mode.ts, which compare() runs to choose its mode
  'HTML renderer': "form-action 'none'", // src/report/html-page.ts, the page every HTML renderer writes
  'Markdown renderer': '*the same, at* ', // src/report/markdown.ts
} as const;

/**
 * How many times its bundle from the sources the `segment`-only bundle from the package may weigh (gzipped): the
 * two are alike when the package tree-shakes (5.7 KB each at this writing); the one-file build gave twenty times as much.
 */
const SEGMENT_BOUND = 3;

/** Source folders and files a `segment`-only bundle must take no byte from. */
const EXCLUDED_SOURCES = ['src/align/', 'src/compare/', 'src/report/', 'src/names/', 'src/extract/', 'src/lexicon/bilingual'];

interface Bundle {
  code: string;
  metafile: Metafile;
}

function bundle(entry: string, from: 'dist' | 'src'): Bundle {
  const dir = mkdtempSync(join(root, 'bench', '.bundle-'));
  try {
    const file = join(dir, 'entry.js');
    writeFileSync(file, entry);
    // The project's tsconfig maps 'muqabala' to the sources (for tests and benches): an empty one of our own, so that
    // the build's bundles resolve the package as a user's bundler does.
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, '{}');
    const result = buildSync({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // 'muqabala' resolves as it would for a user (package exports → dist/index.js), or to the sources.
      ...(from === 'src' ? { alias: { muqabala: join(root, 'src/index.ts') } } : { tsconfig }),
      absWorkingDir: root,
    });
    return { code: result.outputFiles[0]?.text ?? '', metafile: result.metafile };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The source files that put bytes into a bundle (the generated entry left out), with how many. */
function contributions(b: Bundle): Record<string, number> {
  const out: Record<string, number> = {};
  for (const output of Object.values(b.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput > 0 && !path.includes('.bundle-')) out[relative(root, join(root, path))] = input.bytesInOutput;
    }
  }
  return out;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The sizes as lines for `npm run bench`, and the checks that failed (empty when all hold). */
export function measureBundles(): { lines: string[]; failures: string[] } {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/esm/index.js'))) {
    return { lines: ['bundle size: dist/ not found, run npm run build first'], failures: ['dist/ not built'] };
  }
  const lines: string[] = ['entry (esbuild, minified, browser, ES2022) | minified | gzipped | gzipped from src/'];
  const built: Partial<Record<keyof typeof ENTRIES, Bundle>> = {};
  const gzipped: Partial<Record<keyof typeof ENTRIES, { dist: number; src: number }>> = {};
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    const b = bundle(entry, 'dist');
    built[name] = b;
    const sizes = { dist: gzipSync(b.code, { level: 9 }).length, src: gzipSync(bundle(entry, 'src').code, { level: 9 }).length };
    gzipped[name] = sizes;
    lines.push(`${name} | ${kb(Buffer.byteLength(b.code))} | ${kb(sizes.dist)} | ${kb(sizes.src)}`);
  }
  const browser = join(root, 'dist/muqabala.browser.js');
  if (existsSync(browser)) {
    const code = readFileSync(browser);
    lines.push(`dist/muqabala.browser.js (the prebuilt browser module) | ${kb(code.length)} | ${kb(gzipSync(code, { level: 9 }).length)}`);
  }

  const failures: string[] = [];
  // Which file of the package the bundler took for 'muqabala': the per-module tree, through the `module` condition.
  const taken = Object.keys(contributions(built['segment only'] ?? { code: '', metafile: { inputs: {}, outputs: {} } })).filter((path) =>
    path.startsWith('dist/'),
  );
  if (!taken.length || !taken.every((path) => path.startsWith('dist/esm/'))) {
    failures.push(`the segment-only bundle does not come from dist/esm/ (the module condition) but from ${taken.join(', ')}`);
  }
  const segmentSizes = gzipped['segment only'];
  if (segmentSizes && segmentSizes.dist > SEGMENT_BOUND * segmentSizes.src) {
    failures.push(
      `the segment-only bundle from the package weighs ${kb(segmentSizes.dist)} gzipped, over ${SEGMENT_BOUND} times its ${kb(segmentSizes.src)} from src/`,
    );
  }
  const segmentOnly = built['segment only']?.code ?? '';
  const everything = built.everything?.code ?? '';
  for (const [part, marker] of Object.entries(MARKERS)) {
    if (!everything.includes(marker))
      failures.push(`marker of the ${part} (${JSON.stringify(marker)}) is not in the full bundle: update MARKERS`);
    if (segmentOnly.includes(marker)) failures.push(`the segment-only bundle contains the ${part}`);
  }
  const contributing = Object.keys(contributions(bundle(ENTRIES['segment only'], 'src')));
  const intruders = contributing.filter((path) => EXCLUDED_SOURCES.some((excluded) => path.startsWith(excluded)));
  if (intruders.length) failures.push(`the segment-only bundle takes bytes from ${intruders.join(', ')}`);
  lines.push(`segment only, bundled from src/: ${contributing.length} modules contribute (${contributing.join(', ')})`);
  // Where the bytes of the full bundle come from, by source folder (minified, before gzip).
  const byFolder = new Map<string, number>();
  for (const [path, bytes] of Object.entries(contributions(bundle(ENTRIES.everything, 'src')))) {
    const folder = path.startsWith('src/')
      ? path.split('/').slice(0, 2).join('/')
      : path.startsWith('node_modules/')
        ? 'dependencies'
        : path;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
  }
  const total = [...byFolder.values()].reduce((a, b) => a + b, 0);
  lines.push(
    `everything, by source folder: ${[...byFolder]
      .sort((a, b) => b[1] - a[1])
      .map(([folder, bytes]) => `${folder} ${Math.round((100 * bytes) / total)}%`)
      .join(', ')}`,
  );
  lines.push(
    failures.length
      ? `tree-shaking: FAILED: ${failures.join('; ')}`
      : `tree-shaking: the segment-only bundle comes from dist/esm/, weighs at most ${SEGMENT_BOUND} times its bundle from src/, and holds no aligner, compare(), renderer, names, extraction or bilingual lexicon`,
  );
  return { lines, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lines, failures } = measureBundles();
  for (const line of lines) console.log(line);
  if (failures.length) process.exit(1);
}
