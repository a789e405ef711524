// npm start and its bench run Node with the same heap cap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { START_NODE_FLAGS } from '../../scripts/start-heap';

describe('the heap npm start runs with', () => {
  it('is the cap package.json passes to Node', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const start: string = pkg.scripts.start;
    for (const flag of START_NODE_FLAGS) expect(start).toContain(` ${flag} `);
    expect(start).toMatch(/tsx( --[a-z-]+=\d+)+ scripts\/start\.ts$/);
  });
});
