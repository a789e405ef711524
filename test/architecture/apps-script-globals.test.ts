// Only src/entrypoints.ts reads Apps Script's global services; every other module is handed them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '..', '..', 'src');
const ENTRY_POINTS = 'src/entrypoints.ts';

/** Apps Script's global services (the advanced ones the add-on does not use are not listed). */
const GLOBALS = new Set([
  'SpreadsheetApp',
  'MailApp',
  'ScriptApp',
  'LockService',
  'PropertiesService',
  'Session',
  'Utilities',
  'HtmlService',
  'CacheService',
  'Logger',
  'Charts',
]);

/**
 * The globals a source file reads, with their lines. Type names (`GoogleAppsScript.Mail.MailApp`),
 * property names (`services.mailApp`, `{ Session: … }`), comments and strings do not count.
 */
function globalsRead(source: string, fileName = 'file.ts'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && GLOBALS.has(node.text)) {
      const p = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isQualifiedName(p) && p.right === node) ||
        ((ts.isPropertyAssignment(p) ||
          ts.isPropertySignature(p) ||
          ts.isPropertyDeclaration(p) ||
          ts.isMethodDeclaration(p)) &&
          p.name === node);
      if (!isMemberName) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${node.text} (line ${line})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('Apps Script globals', () => {
  it('are read only in src/entrypoints.ts and handed in everywhere else', () => {
    const offenders = sourceFiles(SRC).flatMap((path) => {
      const name = relative(join(SRC, '..'), path).split('\\').join('/');
      if (name === ENTRY_POINTS) return [];
      return globalsRead(readFileSync(path, 'utf8'), name).map((g) => `${name}: ${g}`);
    });
    expect(offenders).toEqual([]);
  });

  it('are found by the check where entry points read them', () => {
    const entry = globalsRead(readFileSync(join(SRC, 'entrypoints.ts'), 'utf8'));
    expect(entry.some((g) => g.startsWith('SpreadsheetApp '))).toBe(true);
  });

  it('are told apart from type names, property names, comments and strings', () => {
    expect(globalsRead('const ui = SpreadsheetApp.getUi();\nMailApp.sendEmail(x);')).toEqual([
      'SpreadsheetApp (line 1)',
      'MailApp (line 2)',
    ]);
    expect(globalsRead('const app = { lock: LockService };')).toEqual(['LockService (line 1)']);
    expect(
      globalsRead(
        [
          'type M = GoogleAppsScript.Mail.MailApp; // MailApp',
          'interface S { Session: string }',
          "const s = { Session: 'SpreadsheetApp' };",
          'services.mailApp.sendEmail(s.Session);',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
