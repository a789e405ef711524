// Contract tests on dist/Code.js as Apps Script loads it: globals, JSDoc, and COVERAGE on Sheets-shaped input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryPoints } from '../../scripts/build';
import { DIST, inRealm, loadBundle } from './load-bundle';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const entries = readEntryPoints(
  readFileSync(join(__dirname, '..', '..', 'src', 'entrypoints.ts'), 'utf8'),
);
const customFunctions = entries.filter((e) => e.custom);

/** The JSDoc block directly above `function NAME(` in the bundle, or undefined. */
function jsdocAbove(name: string): string | undefined {
  const m = new RegExp(`(\\/\\*\\*(?:(?!\\*\\/)[\\s\\S])*\\*\\/)\\nfunction ${name}\\(`).exec(code);
  return m?.[1];
}

describe('dist/Code.js as Apps Script sees it', () => {
  it('has no import or export statements', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('loads in a context without any Apps Script service', () => {
    expect(() => loadBundle()).not.toThrow();
  });

  it('exposes onOpen and every custom function as a global function', () => {
    const ctx = loadBundle();
    expect(typeof ctx.onOpen).toBe('function');
    expect(customFunctions.map((e) => e.name)).toContain('COVERAGE');
    for (const entry of entries) expect(typeof ctx[entry.name]).toBe('function');
  });

  it.each(customFunctions.map((e) => [e.name]))(
    '%s keeps its JSDoc with @customfunction and @param',
    (name) => {
      const doc = jsdocAbove(name);
      expect(doc).toBeDefined();
      expect(doc).toMatch(/@customfunction/);
      expect(doc).toMatch(/@param/);
      expect(doc).toMatch(/@return/);
    },
  );

  it.each(customFunctions.map((e) => [e.name, e]))(
    '%s keeps its JSDoc word for word above its declaration with the source parameter names',
    (name, entry) => {
      // Sheets shows the description and every @param line in autocomplete, as written in source.
      expect(jsdocAbove(name)).toBe(entry.jsdoc);
      expect(code).toContain(`${entry.jsdoc}\nfunction ${name}(${entry.params.join(', ')}) {`);
      for (const param of entry.params)
        expect(entry.jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param}\\b`));
    },
  );

  it('builds its menu as an add-on menu (Extensions), never a top-level one', () => {
    expect(code).toContain('.createAddonMenu()');
    expect(code).not.toMatch(/\.createMenu\(/);
  });

  it('offers the deal card sidebar its two server calls', () => {
    expect(code).toMatch(/^function dealCardSelected\(\)/m);
    expect(code).toMatch(/^function dealCardAction\(ref, action\)/m);
  });

  it('keeps the real parameter names of COVERAGE', () => {
    expect(code).toMatch(/^function COVERAGE\(amounts, target, statuses\)/m);
  });
});

describe('COVERAGE in the bundle, with arguments shaped as Sheets passes them', () => {
  const ctx = loadBundle();

  it('divides open amounts by the target', () => {
    const amounts = inRealm(ctx, '[[100], [""], [250], [50]]');
    const statuses = inRealm(ctx, '[["Open"], ["open"], [" 성사 "], [""]]');
    expect(ctx.COVERAGE(amounts, 100, statuses)).toBeCloseTo(1.5);
    expect(ctx.COVERAGE(amounts, 200)).toBeCloseTo(2);
  });

  it('accepts a single cell and a target given as a 1×1 range', () => {
    expect(ctx.COVERAGE(300, inRealm(ctx, '[[150]]'))).toBe(2);
  });

  it('throws an Error naming the function, the argument and the row', () => {
    const amounts = inRealm(ctx, '[[100], [new Date(2026, 0, 5)], [20]]');
    let error: unknown;
    try {
      ctx.COVERAGE(amounts, 100);
    } catch (e) {
      error = e;
    }
    // Errors come from the bundle's realm: check the shape, not `instanceof` this realm's Error.
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect((error as Error).message).toMatch(
      /^COVERAGE: amounts row 2 is 2026-01-0\d — write a number/,
    );
    expect((error as Error).message).toContain('amounts 2행');
  });

  it('rejects a target of zero with a message naming target', () => {
    expect(() => ctx.COVERAGE(inRealm(ctx, '[[1]]'), 0)).toThrow(
      /COVERAGE: target is 0 — it must be greater than 0/,
    );
  });

  it('names both ranges when their lengths differ', () => {
    expect(() => ctx.COVERAGE(inRealm(ctx, '[[1],[2]]'), 10, inRealm(ctx, '[["Open"]]'))).toThrow(
      /COVERAGE: statuses has 1 rows but amounts has 2/,
    );
  });
});
