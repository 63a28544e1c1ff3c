// `npm run check:package`: the package as users get it. Packs it (which builds it), checks that the tarball
// holds only what users need, lints it with publint (no suggestion, warning or error) and with
// @arethetypeswrong/cli (types right for Node 16+ ESM, Node 16+ CJS and bundlers), then installs the tarball
// into a scratch project in a temporary folder and uses it there the ways a user would: `import`, `require`,
// the `muqabala` command, and a bundler (esbuild), which must take the per-module build (dist/esm/, the `module`
// condition) so that an application keeps only what it uses.
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'muqabala-package-'));
let failures = 0;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function check(what, fn) {
  try {
    const detail = fn();
    console.log(`ok   ${what}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failures++;
    console.error(`FAIL ${what}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

try {
  // Build, then pack without the prepack script (it builds too, and would mix its output into the JSON).
  run('npm', ['run', 'build'], { cwd: root });
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root }));
  const tarball = join(scratch, packed.filename);

  check('the tarball holds only dist, the schema, README, LICENSE, CHANGELOG and package.json', () => {
    const allowed = /^(dist\/.+|schema\/[^/]+\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    const files = packed.files.map((f) => f.path);
    const extra = files.filter((f) => !allowed.test(f));
    if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
    const needed = [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/esm/index.js',
      'dist/esm/segment/segment.js',
      'dist/cli/main.js',
      'dist/muqabala.browser.js',
      'schema/comparison-report.schema.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ];
    const missing = needed.filter((f) => !files.includes(f));
    if (missing.length) throw new Error(`missing files: ${missing.join(', ')}`);
    return `${files.length} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`;
  });

  check('publint finds nothing to say', () => {
    const out = run(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion']);
    if (!/All good!/.test(out)) throw new Error(out);
  });

  // node10 resolution (TypeScript's old `moduleResolution: node`) predates `exports` and cannot see the
  // muqabala/schema.json subpath; the package needs Node 20, so the node16 profile is the one that matters.
  check('@arethetypeswrong/cli: no problem for node16 (ESM and CJS) and bundler', () => {
    run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'ascii']);
  });

  const project = join(scratch, 'project');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, version: '0.0.0' }));
  check('npm install of the tarball into a scratch project (dependencies from the npm cache when there)', () => {
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/muqabala/package.json'), 'utf8'));
    return `muqabala ${installed.version}`;
  });

  const arabic = readFileSync(join(root, 'examples/reports/bishkek.ar.txt'), 'utf8');
  const dari = readFileSync(join(root, 'examples/reports/bishkek.fa-AF.txt'), 'utf8');
  writeFileSync(join(project, 'a.txt'), arabic);
  writeFileSync(join(project, 'b.txt'), dari);
  // The same program, as an ES module and as CommonJS: it compares the example reports and prints a summary.
  const program = (load) => `${load}
const fs = ${load.startsWith('import') ? 'await import("node:fs")' : 'require("node:fs")'};
const report = m.compare(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('b.txt', 'utf8'));
const html = m.renderHtml(report);
const schema = ${load.startsWith('import') ? '(await import("muqabala/schema.json", { with: { type: "json" } })).default' : 'require("muqabala/schema.json")'};
console.log(JSON.stringify({
  functions: Object.keys(m).filter((k) => typeof m[k] === 'function').sort(),
  sentences: m.segment('وصل الوزير. وعاد.').length,
  findings: report.findings.length,
  html: html.startsWith('<!DOCTYPE html>'),
  schema: schema.title ?? schema.$schema ?? null,
}));
`;
  writeFileSync(join(project, 'esm.mjs'), program("import * as m from 'muqabala';"));
  writeFileSync(join(project, 'cjs.cjs'), program("const m = require('muqabala');"));
  // The per-module build that bundlers get, loaded by its path (Node itself takes the one file): every module
  // it reaches must be in the tarball and resolve.
  writeFileSync(join(project, 'modules.mjs'), program("import * as m from './node_modules/muqabala/dist/esm/index.js';"));
  const results = {};
  for (const [what, file] of [
    ['import', 'esm.mjs'],
    ['require', 'cjs.cjs'],
    ['import of the per-module build (dist/esm/)', 'modules.mjs'],
  ]) {
    check(`${what} works from the scratch project`, () => {
      const result = JSON.parse(run(process.execPath, [file], { cwd: project }));
      if (result.functions.length < 10 || result.sentences !== 2 || result.findings === 0 || !result.html || !result.schema) {
        throw new Error(JSON.stringify(result));
      }
      results[what] = result;
      return `${result.functions.length} functions, ${result.findings} findings on the example reports`;
    });
  }
  check('import, require and the per-module build give the same API and the same report', () => {
    for (const other of [results.require, results['import of the per-module build (dist/esm/)']]) {
      if (JSON.stringify(results.import) !== JSON.stringify(other)) {
        throw new Error(`${JSON.stringify(results.import)}\n${JSON.stringify(other)}`);
      }
    }
  });

  check('esbuild bundles `segment` alone from the installed package out of dist/esm/ (the module condition)', () => {
    writeFileSync(join(project, 'segment-only.mjs'), "import { segment } from 'muqabala';\nconsole.log(segment('وصل الوزير. وعاد.'));\n");
    const result = buildSync({
      entryPoints: [join(project, 'segment-only.mjs')],
      absWorkingDir: project,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // The files that put bytes into the bundle (esbuild reads every module the entry's index names, and drops most).
    const taken = Object.values(result.metafile.outputs)
      .flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0))
      .map(([path]) => path)
      .map((path) => relative(join(project, 'node_modules/muqabala'), join(project, path)))
      .filter((path) => path.startsWith('dist'));
    if (!taken.length || !taken.every((path) => path.startsWith('dist/esm/'))) throw new Error(`bundled from ${taken.join(', ')}`);
    const code = result.outputFiles[0].contents;
    return `${taken.length} modules contribute, ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
  });

  check('the muqabala command runs: --help, --version, compare', () => {
    const cli = join(project, 'node_modules', '.bin', 'muqabala');
    const help = run(cli, ['--help'], { cwd: project });
    if (!help.startsWith('Usage: muqabala')) throw new Error(help);
    const version = run(cli, ['--version'], { cwd: project }).trim();
    if (version !== packed.version) throw new Error(`--version printed ${version}`);
    const json = JSON.parse(run(cli, ['compare', 'a.txt', 'b.txt', '--format', 'json'], { cwd: project }));
    if (json.findings.length !== results.import?.findings) throw new Error(`${json.findings.length} findings`);
  });
} catch (error) {
  failures++;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failures) {
  console.error(`check:package: ${failures} check(s) failed`);
  process.exit(1);
}
console.log('check:package: the package is fine');
