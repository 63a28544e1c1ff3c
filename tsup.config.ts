import { execFileSync } from 'node:child_process';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { COMPILED_MODULES } from './scripts/compiled-modules.js';

let compiled: Record<string, unknown> | undefined;

/**
 * Puts the tables the library would build at its first comparison, computed from the sources of this very build
 * (scripts/compile-tables.ts: the lexicon's index, the Arabic roots and the lexicon's folded headwords), in place of
 * their modules, which are empty in the source: the library then loads them instead of building them at every start.
 * Entries added to the lists flow in at every build; nothing compiled is kept in the repository.
 */
const compiledTables: Plugin = {
  name: 'compiled-tables',
  setup(build) {
    for (const { file, name, table } of COMPILED_MODULES) {
      const filter = new RegExp(`[\\\\/]src[\\\\/]${file.replaceAll('/', '[\\\\/]').replaceAll('.', '\\.')}$`);
      build.onLoad({ filter }, () => {
        compiled ??= JSON.parse(
          execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-tables.ts'], { encoding: 'utf8', maxBuffer: 1 << 28 }),
        ) as Record<string, unknown>;
        if (!(table in compiled)) throw new Error(`scripts/compile-tables.ts gave no table ${table}`);
        // Marked pure, so that a user's bundler drops a table its entry never reads (JSON.parse may throw, for all it knows).
        return {
          contents: `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(compiled[table]))});\n`,
          loader: 'js',
        };
      });
    }
  },
};

export default defineConfig([
  {
    // The library: ESM + CJS + declarations, one entry so that the public surface is index.ts alone.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Not `clean`: the configs build in parallel, and a clean at this one's start could empty dist/ under the others
    // (dist/esm/ among them); `npm run build` empties dist/ once before tsup runs.
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    esbuildPlugins: [compiledTables],
    // Arabic and Persian text as it is (UTF-8, two bytes a letter), not as \u escapes (six): half the bundle,
    // and a faster start (measured: import 97 against 113 ms).
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The same library for bundlers, one ES module per source file (dist/esm/, the `module` condition of the exports
    // map): a bundler then drops whole modules an application never reaches (the package has no side effects),
    // where one file keeps every table that is filled at load as soon as anything in it is used. Node keeps the
    // one file (importing this tree takes ≈ 750 against ≈ 300 ms, measured). Relative imports in src/ already end
    // in .js, so the modules resolve as emitted; the compiled tables replace their modules here too. No sourcemaps:
    // the modules are the sources without their types, file for file, and maps would add 1.2 MB to the tarball.
    entry: ['src/**/*.ts', '!src/cli/**'],
    outDir: 'dist/esm',
    bundle: false,
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [compiledTables],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The command-line tool: Node only, ESM, imports the library from its own build output.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['../index.js'],
  },
  {
    // One self-contained, minified ES module for browsers without a bundler (a <script type="module">, a
    // CDN), `muqabala/browser` in the exports map: the library with every dependency inside (a browser
    // resolves no bare module name). examples/browser/ loads this file; test/browser-example.browser.test.ts
    // loads it from a static server and checks that it imports nothing.
    entry: { 'muqabala.browser': 'src/index.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.js' }),
    target: 'es2022',
    platform: 'browser',
    minify: true,
    noExternal: [/.*/],
    esbuildPlugins: [compiledTables],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
