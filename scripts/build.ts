// Build: bundle src/entrypoints.ts with esbuild into dist/Code.js as Apps Script needs it, then check it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
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

export async function buildBundle(): Promise<string> {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    treeShaking: true,
    write: false,
    logLevel: 'silent',
  });
  const entries = readEntryPoints(readFileSync(entryFile, 'utf8'));
  return finishBundle(result.outputFiles[0].text, entries, sheetsBuiltinNames());
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
  } catch (err) {
    console.error(
      `build failed: ${err instanceof BuildError ? err.message : (err as Error).stack}`,
    );
    process.exit(1);
  }
}

if (require.main === module) void main();
