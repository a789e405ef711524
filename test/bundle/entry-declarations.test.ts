// The readable declarations the build writes for the entry points, and the checks that guard them.
import vm from 'node:vm';
import {
  BuildError,
  checkLibraryExports,
  entryDeclarations,
  LIBRARY,
  readEntryPoints,
} from '../../scripts/build';

const source = `/**
 * Doubles.
 * @param {number} value x
 * @param {number} [times] y
 * @customfunction
 */
export function DOUBLE(value: number, times?: number) { return value * (times ?? 2); }
export function onOpen() {}`;
const entries = readEntryPoints(source, 'entrypoints.ts');
const library = `var ${LIBRARY} = { DOUBLE: function (v, t) { return v * (t === undefined ? 2 : t); }, onOpen: function () { return 'menu'; } };\n`;

describe('entry declarations', () => {
  it('declare each entry point with its source parameters and hand every argument to the library', () => {
    const decls = entryDeclarations(entries);
    expect(decls).toContain(
      `function DOUBLE(value, times) {\n  return ${LIBRARY}.DOUBLE(value, times);\n}`,
    );
    const ctx = vm.createContext({});
    vm.runInContext(decls.replace(/^export .*$/m, '') + library, ctx);
    expect(vm.runInContext('DOUBLE(4)', ctx)).toBe(8);
    expect(vm.runInContext('DOUBLE(4, 3)', ctx)).toBe(12);
    expect(vm.runInContext('onOpen()', ctx)).toBe('menu');
  });

  it('are refused for parameters that cannot be forwarded by name', () => {
    expect(() => readEntryPoints('export function SUMS(...values: number[]) {}')).toThrow(
      /SUMS takes \.\.\.values/,
    );
    expect(() => readEntryPoints('export function onEdit({ range }: any) {}')).toThrow(BuildError);
  });

  it('fail the build when the library lacks an entry point', () => {
    expect(() => checkLibraryExports(`var ${LIBRARY} = { onOpen() {} };`, entries)).toThrow(
      /does not export these entry points as functions: DOUBLE\./,
    );
    expect(() => checkLibraryExports(library, entries)).not.toThrow();
  });
});
