// The core stays pure: nothing under src/core imports from outside src/core or from a package.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const CORE = resolve(__dirname, '../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier a file imports or re-exports. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1],
  );
}

describe('src/core imports', () => {
  it('has files to check', () => {
    expect(files(CORE).length).toBeGreaterThan(20);
  });

  it('imports only other core modules', () => {
    const outside: string[] = [];
    for (const file of files(CORE)) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const target = spec.startsWith('.') ? resolve(dirname(file), spec) : spec;
        if (!target.startsWith(CORE)) outside.push(`${relative(CORE, file)} → ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('would catch an adapter import', () => {
    expect(specifiers("import { x } from '../sheets/schema';\nexport * from './y';")).toEqual([
      '../sheets/schema',
      './y',
    ]);
  });
});
