// The build's checks: entry points renamed or hidden, case clashes, built-in names, module-scope work.
import { BuildError, finishBundle, readEntryPoints } from '../../scripts/build';

const builtins = new Set(['SUM', 'FORECAST']);

function entries(src: string) {
  return readEntryPoints(src, 'entrypoints.ts');
}

describe('readEntryPoints', () => {
  it('reads names, parameter names and JSDoc of exported functions', () => {
    const [e] = entries(
      '/** Doc\n * @param {number} a x\n * @customfunction\n */\nexport function DOUBLE(a: number) { return a * 2; }',
    );
    expect(e).toMatchObject({ name: 'DOUBLE', params: ['a'], custom: true });
    expect(e.jsdoc).toContain('@customfunction');
  });

  it('refuses exported values that are not function declarations', () => {
    expect(() => entries('export const onOpen = () => 1;')).toThrow(BuildError);
  });
});

describe('finishBundle', () => {
  const doc =
    '/**\n * Doubles.\n * @param {number} value x\n * @return {number}\n * @customfunction\n */';
  const src = `${doc}\nexport function DOUBLE(value: number) { return value * 2; }\nexport function onOpen() {}`;

  it('strips the export list and puts the JSDoc back above the declaration', () => {
    const out = finishBundle(
      'function DOUBLE(value) {\n  return value * 2;\n}\nfunction onOpen() {\n}\nexport {\n  DOUBLE,\n  onOpen\n};\n',
      entries(src),
      builtins,
    );
    expect(out).not.toMatch(/export/);
    expect(out).toContain(`${doc}\nfunction DOUBLE(value)`);
  });

  it('fails when esbuild renamed an entry point on a clash', () => {
    const code =
      'function onOpen() {}\nfunction onOpen2() {}\nfunction DOUBLE(value) {}\nexport {\n  DOUBLE,\n  onOpen2 as onOpen\n};\n';
    expect(() => finishBundle(code, entries(src), builtins)).toThrow(
      /entry point onOpen would be renamed to onOpen2/,
    );
  });

  it('fails when two globals differ only in letter case', () => {
    const code =
      'function double(v) {}\nfunction DOUBLE(value) {}\nfunction onOpen() {}\nexport { DOUBLE, onOpen };\n';
    expect(() => finishBundle(code, entries(src), builtins)).toThrow(
      /double and DOUBLE differ only in letter case/,
    );
  });

  it('fails when a custom function takes a Sheets built-in name', () => {
    const s = `${doc}\nexport function FORECAST(value: number) { return value; }`;
    expect(() =>
      finishBundle('function FORECAST(value) {}\nexport { FORECAST };\n', entries(s), builtins),
    ).toThrow(/FORECAST has the name of a Sheets built-in/);
  });

  it('fails when the bundle lost a parameter name', () => {
    expect(() =>
      finishBundle(
        'function DOUBLE(v) {}\nfunction onOpen() {}\nexport { DOUBLE, onOpen };\n',
        entries(src),
        builtins,
      ),
    ).toThrow(/parameters \(v\) in the bundle, \(value\) in source/);
  });

  it('fails when module scope calls an Apps Script service', () => {
    const code =
      'var ss = SpreadsheetApp.getActive();\nfunction DOUBLE(value) {}\nfunction onOpen() {}\nexport { DOUBLE, onOpen };\n';
    expect(() => finishBundle(code, entries(src), builtins)).toThrow(
      /module scope.*SpreadsheetApp/,
    );
  });
});
