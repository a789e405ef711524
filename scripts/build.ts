// Build: bundle src/entrypoints.ts with esbuild into dist/Code.js as Apps Script needs it, then check it.
// Apps Script evaluates the whole file on every execution, custom-function cells included, so the
// modules are minified inside one closure and only the entry points are readable top-level functions.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { analyzeMetafile, type BuildOptions, build, type Plugin, transformSync } from 'esbuild';
import ts from 'typescript';
import { sheetsBuiltinNames } from './sheets-builtins';

const root = resolve(__dirname, '..');
const entryFile = join(root, 'src', 'entrypoints.ts');
const distDir = join(root, 'dist');

/** An exported function of the entry file as Apps Script must see it. */
export interface EntryPoint {
  name: string;
  params: string[];
  jsdoc: string | undefined;
  custom: boolean;
}

export class BuildError extends Error {}

/** Reads the entry file's exported functions, their parameter names and JSDoc. */
export function readEntryPoints(source: string, fileName = entryFile): EntryPoint[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2020, true);
  const out: EntryPoint[] = [];
  for (const stmt of sf.statements) {
    const exported = ts.canHaveModifiers(stmt)
      ? ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) {
      throw new BuildError(
        `src/entrypoints.ts: only function declarations may be exported (line ${sf.getLineAndCharacterOfPosition(stmt.getStart()).line + 1}); Apps Script sees top-level functions only.`,
      );
    }
    for (const p of stmt.parameters) {
      if (!ts.isIdentifier(p.name) || p.dotDotDotToken)
        throw new BuildError(
          `src/entrypoints.ts: ${stmt.name.text} takes ${p.getText(sf)}; entry points take plain named parameters, which the bundle forwards one by one.`,
        );
    }
    const ranges = ts.getLeadingCommentRanges(source, stmt.getFullStart()) ?? [];
    const docs = ranges.map((r) => source.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
    const jsdoc = docs.at(-1);
    out.push({
      name: stmt.name.text,
      params: stmt.parameters.map((p) => p.name.getText(sf)),
      jsdoc,
      custom: !!jsdoc && /@customfunction\b/.test(jsdoc),
    });
  }
  return out;
}

/** Turns esbuild's ESM output into an Apps Script file and checks every rule; throws BuildError. */
export function finishBundle(code: string, entries: EntryPoint[], builtins: Set<string>): string {
  const exportMatch = code.match(/^export\s*\{([^}]*)\};?\s*$/m);
  if (!exportMatch)
    throw new BuildError('esbuild output has no export list: cannot find the entry points.');
  const problems: string[] = [];
  for (const spec of exportMatch[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = spec.match(/^(\w+)\s+as\s+(\w+)$/);
    if (m && m[1] !== m[2]) {
      problems.push(
        `entry point ${m[2]} would be renamed to ${m[1]} (a name clash in the bundle): rename the clashing module symbol.`,
      );
    }
  }
  let body = code.replace(exportMatch[0], '').replace(/\s+$/, '\n');

  // Top-level declarations are Apps Script globals.
  const globals = [
    ...body.matchAll(/^(?:async\s+)?(?:function\*?|var|let|const|class)\s+([\w$]+)/gm),
  ].map((m) => m[1]);
  const byLower = new Map<string, string>();
  for (const name of globals) {
    const other = byLower.get(name.toLowerCase());
    if (other && other !== name)
      problems.push(
        `global names ${other} and ${name} differ only in letter case (Sheets function names are case-insensitive).`,
      );
    byLower.set(name.toLowerCase(), name);
  }

  for (const entry of entries) {
    const decl = new RegExp(`^function ${entry.name}\\(([^)]*)\\)`, 'm').exec(body);
    if (!decl) {
      problems.push(
        `entry point ${entry.name} is not a top-level function declaration in dist/Code.js.`,
      );
      continue;
    }
    const params = decl[1]
      .split(',')
      .map((p) => p.trim().replace(/\s*=.*$/, ''))
      .filter(Boolean);
    if (params.join(',') !== entry.params.join(',')) {
      problems.push(
        `entry point ${entry.name} has parameters (${params.join(', ')}) in the bundle, (${entry.params.join(', ')}) in source.`,
      );
    }
    if (entry.custom) {
      if (entry.name.endsWith('_'))
        problems.push(`custom function ${entry.name} ends in "_": Sheets hides such functions.`);
      if (builtins.has(entry.name.toUpperCase()))
        problems.push(
          `custom function ${entry.name} has the name of a Sheets built-in function, which Sheets would call instead.`,
        );
      if (!/@param\b/.test(entry.jsdoc ?? '') && entry.params.length > 0)
        problems.push(`custom function ${entry.name} has no @param lines in its JSDoc.`);
    }
    if (entry.jsdoc) body = body.replace(decl[0], `${entry.jsdoc}\n${decl[0]}`);
  }
  if (problems.length) throw new BuildError(problems.join('\n'));

  // Evaluating the file must not touch any Apps Script service: it runs on every custom-function call.
  try {
    vm.runInNewContext(body, {}, { filename: 'Code.js' });
  } catch (err) {
    throw new BuildError(
      `dist/Code.js does work at module scope that fails without Apps Script services: ${(err as Error).message}`,
    );
  }
  return `// Pipeline Sheet — built from src/ by scripts/build.ts. Do not edit; edit src/ and run npm run build.\n${body}`;
}

/**
 * Page scripts (a `…_SCRIPT` constant holding a plain template string, run in the user's browser)
 * go into the bundle minified: they are strings to esbuild, so minifying the modules leaves them as written.
 */
const compactPageScripts: Plugin = {
  name: 'compact-page-scripts',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]ui[\\/][^\\/]+\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const sf = ts.createSourceFile(args.path, source, ts.ScriptTarget.ES2020, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isVariableDeclaration(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text.endsWith('_SCRIPT') &&
          node.initializer &&
          ts.isNoSubstitutionTemplateLiteral(node.initializer)
        ) {
          const script = transformSync(node.initializer.text, { minify: true, loader: 'js' });
          const code = script.code.trim();
          if (/<\/script/i.test(code))
            throw new BuildError(`${node.name.text} would contain </script> once minified.`);
          const { initializer } = node;
          edits.push({
            start: initializer.getStart(sf),
            end: initializer.end,
            text: JSON.stringify(code),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
      if (edits.length === 0) return undefined;
      let contents = source;
      for (const e of edits.reverse())
        contents = contents.slice(0, e.start) + e.text + contents.slice(e.end);
      return { contents, loader: 'ts' };
    });
  },
};

/** The one global holding the minified modules; the entry points below it hand each call to it. */
export const LIBRARY = 'PipelineSheet_';

/**
 * The readable top-level declarations Apps Script needs, one per entry point, each passing its
 * arguments to the same export of the library, followed by the export list finishBundle reads.
 */
export function entryDeclarations(entries: EntryPoint[]): string {
  const functions = entries.map((e) => {
    const params = e.params.join(', ');
    return `function ${e.name}(${params}) {\n  return ${LIBRARY}.${e.name}(${params});\n}\n`;
  });
  return `${functions.join('')}export { ${entries.map((e) => e.name).join(', ')} };\n`;
}

/** Fails unless the library, evaluated as Apps Script would, exports every entry point as a function. */
export function checkLibraryExports(code: string, entries: EntryPoint[]): void {
  const context: Record<string, unknown> = {};
  vm.runInNewContext(code, context, { filename: 'Code.js' });
  const library = context[LIBRARY] as Record<string, unknown> | undefined;
  const missing = entries.filter((e) => typeof library?.[e.name] !== 'function').map((e) => e.name);
  if (missing.length)
    throw new BuildError(
      `the minified library does not export these entry points as functions: ${missing.join(', ')}.`,
    );
}

/** esbuild's settings for the library: every module of src/, minified into one closure. */
const libraryOptions = {
  entryPoints: [entryFile],
  bundle: true,
  // One closure assigned to LIBRARY: its names are minified and none of them becomes a global
  // (top-level functions would be listed in the editor and callable through google.script.run).
  format: 'iife',
  globalName: LIBRARY,
  minify: true,
  target: 'es2020',
  platform: 'neutral',
  charset: 'utf8',
  legalComments: 'none',
  treeShaking: true,
  write: false,
  logLevel: 'silent',
  plugins: [compactPageScripts],
} satisfies BuildOptions;

/** The minified library's bytes by source file, largest first (`npm run build -- --analyze`). */
export async function analyzeBundle(): Promise<string> {
  const result = await build({ ...libraryOptions, metafile: true, outfile: 'Code.js' });
  return analyzeMetafile(result.metafile);
}

export async function buildBundle(): Promise<string> {
  const result = await build(libraryOptions);
  const entries = readEntryPoints(readFileSync(entryFile, 'utf8'));
  // The modules are strict (ES modules): the directive moves to the top, where it applies to the file.
  const library = result.outputFiles[0].text.replace(/^"use strict";/, '');
  const code = finishBundle(
    `"use strict";\n${entryDeclarations(entries)}${library}`,
    entries,
    sheetsBuiltinNames(),
  );
  checkLibraryExports(code, entries);
  return code;
}

/** Builds and writes dist/Code.js and dist/appsscript.json; returns the bundle's size in bytes. */
export async function writeDist(): Promise<number> {
  const code = await buildBundle();
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(distDir, 'appsscript.json'));
  return Buffer.byteLength(code);
}

async function main(): Promise<void> {
  try {
    const bytes = await writeDist();
    console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB`);
    if (process.argv.includes('--analyze')) console.log(await analyzeBundle());
  } catch (err) {
    console.error(
      `build failed: ${err instanceof BuildError ? err.message : (err as Error).stack}`,
    );
    process.exit(1);
  }
}

if (require.main === module) void main();
