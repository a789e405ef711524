// Loads dist/Code.js the way Apps Script does (one global scope, nothing else) through gas-local.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

// gas-local has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require(folder: string, globals?: object, options?: object): vm.Context;
};

export const DIST = join(__dirname, '..', '..', 'dist');

/** A fresh context with the bundle loaded and no Apps Script services. */
export function loadBundle(globals: object = {}): vm.Context {
  if (!existsSync(join(DIST, 'Code.js')))
    throw new Error('dist/Code.js is missing: run npm run build first');
  return gas.require(DIST, { ...globals }, { filter: (f: string) => f.endsWith('/Code.js') });
}

/** Evaluates an expression inside the bundle's realm, so Arrays and Dates pass `instanceof` there. */
export function inRealm<T = unknown>(ctx: vm.Context, expression: string): T {
  return vm.runInContext(`(${expression})`, ctx) as T;
}
