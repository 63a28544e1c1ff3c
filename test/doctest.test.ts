/**
 * Every `@example` in the TSDoc of src/ runs here, so that the documentation cannot drift from the code.
 * Inside an example, `expr; // => value` (or `expr;` with `// => value` on the following lines) asserts
 * that `expr` deep-equals `value`. Imports from 'muqabala' resolve to src/index.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as lib from '../src/index.js';

const SRC = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly name: string;
  readonly code: string;
}

/** The ```ts blocks after @example tags, with the comment's leading asterisks removed. */
export function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (comment[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const joined = body.join('\n');
    const at = joined.indexOf('@example');
    if (at < 0) continue;
    const after = text.slice((comment.index ?? 0) + (comment[0]).length, (comment.index ?? 0) + (comment[0]).length + 200);
    const symbol = /(?:function|const|class|interface|type)\s+(\w+)/.exec(after)?.[1] ?? '?';
    for (const block of joined.slice(at).matchAll(/```ts\n([\s\S]*?)```/g)) {
      out.push({ name: `${relative(SRC, file)} ${symbol}`, code: block[1] as string });
    }
  }
  return out;
}

/** Turns `// =>` comments into assertions and the 'muqabala' import into a destructuring of the library. */
export function instrument(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const importMatch = /^import\s*\{([^}]*)\}\s*from\s*'muqabala';?\s*$/.exec(line);
    if (importMatch) {
      out.push(`const {${importMatch[1]}} = __lib;`);
      continue;
    }
    const inline = /^(.*?);\s*\/\/ => (.*)$/.exec(line);
    if (inline) {
      out.push(`__check(${inline[1]}, ${inline[2]}, ${JSON.stringify(line.trim())});`);
      continue;
    }
    // An expression statement whose expected value follows as `// => ...` comment lines.
    const next = lines[i + 1] ?? '';
    if (/;\s*$/.test(line) && /^\s*\/\/ => /.test(next)) {
      const expected: string[] = [];
      let j = i + 1;
      while (j < lines.length && /^\s*\/\/ ?/.test(lines[j] as string)) {
        expected.push((lines[j] as string).replace(/^\s*\/\/ (=> )?/, ''));
        j++;
      }
      out.push(`__check(${line.replace(/;\s*$/, '')}, ${expected.join('\n')}, ${JSON.stringify(line.trim())});`);
      i = j - 1;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

const examples = sourceFiles(SRC).flatMap(examplesIn);

describe('TSDoc examples', () => {
  test('every exported function of the public API has an example', () => {
    const documented = new Set(examples.map((e) => e.name.split(' ')[1]));
    const functions = Object.entries(lib)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(functions.filter((f) => !documented.has(f))).toEqual([]);
  });

  test.each(examples.map((e) => [e.name, e.code] as const))('%s', async (_name, code) => {
    const js = ts.transpileModule(instrument(code), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
    let checks = 0;
    const check = (actual: unknown, expected: unknown, source: string): void => {
      checks++;
      expect(actual, source).toEqual(expected);
    };
    const AsyncFunction = (Object.getPrototypeOf(async () => {}) as { constructor: new (...args: string[]) => (...values: unknown[]) => Promise<void> }).constructor;
    await new AsyncFunction('__lib', '__check', js)(lib, check);
    expect(checks, 'an example should assert at least one result with // =>').toBeGreaterThan(0);
  });
});
