import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + declarations, one entry so that the public surface is index.ts alone.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
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
  },
]);
