// Runs every example in examples/ as a user would (they import 'muqabala', which resolves to the build
// through the package's own exports), and fails if any of them fails.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n━━ examples/${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`examples/${file} failed with exit code ${run.status}\n`);
  }
}
if (failed) process.exit(1);
