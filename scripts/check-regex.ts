/**
 * `npm run check:regex`: every regular expression in src/ — each literal and each `new RegExp(…)` /
 * `RegExp(…)` — is checked for catastrophic backtracking (ReDoS) with recheck, which decides by automata
 * theory where it can and by fuzzing otherwise. Fails on a vulnerable expression, on one recheck cannot
 * decide, and on a RegExp built from a non-literal pattern (it cannot be checked here; build it from
 * literals or check it another way and say so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');

interface Found {
  file: string;
  line: number;
  source?: string;
  flags: string;
  problem?: string;
}

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

function regularExpressions(path: string): Found[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (node: ts.Node): Pick<Found, 'file' | 'line'> => ({
    file: relative(root, path),
    line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
  });
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const close = text.lastIndexOf('/');
      found.push({ ...at(node), source: text.slice(1, close), flags: text.slice(close + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (n: ts.Expression | undefined): string | undefined =>
        n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
      const source = literal(pattern);
      const flagText = flags === undefined ? '' : literal(flags);
      if (source === undefined || flagText === undefined) {
        found.push({ ...at(node), flags: '', problem: 'pattern or flags are not literals, so they cannot be checked statically' });
      } else {
        found.push({ ...at(node), source, flags: flagText });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const all = [...typescriptFiles(join(root, 'src'))].sort().flatMap(regularExpressions);
let failures = 0;
for (const r of all) {
  let verdict: string;
  if (r.problem !== undefined || r.source === undefined) {
    verdict = r.problem ?? 'unreadable';
    failures++;
  } else {
    // A fixed seed keeps the fuzzing part of recheck reproducible from run to run.
    const d: Diagnostics = checkSync(r.source, r.flags, { randomSeed: 1, timeout: 30_000 });
    if (d.status === 'safe') continue;
    failures++;
    verdict =
      d.status === 'vulnerable'
        ? `vulnerable (${d.complexity.type}${d.complexity.type === 'polynomial' ? `, degree ${d.complexity.degree}` : ''}); attack: ${JSON.stringify(d.attack.pattern)}`
        : `undecided: ${d.error.kind}`;
  }
  console.error(`${r.file}:${r.line}: /${r.source ?? '?'}/${r.flags}: ${verdict}`);
}
console.log(`check:regex: ${all.length} regular expressions in src/, ${all.length - failures} safe, ${failures} failing`);
if (failures > 0) process.exit(1);
