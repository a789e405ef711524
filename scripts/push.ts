// npm run push: pushes dist/ to the Apps Script project named in .clasp.json (after npm run build).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8')) as { scriptId?: string };
if (!clasp.scriptId) {
  console.error(
    'push: .clasp.json has no scriptId. Open your spreadsheet → Extensions → Apps Script → Project settings, copy the Script ID into .clasp.json ("scriptId"), then run npm run push again.',
  );
  process.exit(2);
}
const result = spawnSync('npx', ['clasp', 'push', '--force'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
