// HTML for dialogs: the Check data summary. Every value from the sheet is escaped.
import { PROBLEM_KINDS } from '../core/check-data';
import { escapeHtml } from '../core/html';
import { say } from '../core/i18n';
import type { CheckDataResult } from '../sheets/check-data-sheet';

/** Rows listed per problem before "…" (the notes on the sheet show them all). */
const MAX_ROWS_LISTED = 20;

/** The Check data dialog: a table of problem kinds with counts and the rows they are on. */
export function checkDataDialogHtml(result: CheckDataResult): string {
  const { lang } = result;
  const total = result.problems.length;
  const summary =
    total === 0
      ? say(lang, 'checkClean', { deals: result.dealCount })
      : say(lang, 'checkSummary', { problems: total, deals: result.dealCount });
  const body = PROBLEM_KINDS.map(({ kind, title }) => {
    const rows = [...new Set(result.problems.filter((p) => p.kind === kind).map((p) => p.row))];
    const listed =
      rows.slice(0, MAX_ROWS_LISTED).join(', ') + (rows.length > MAX_ROWS_LISTED ? ', …' : '');
    const cls = result.counts[kind] > 0 ? ' class="bad"' : '';
    return `<tr${cls}><td>${escapeHtml(say(lang, title))}</td><td class="n">${result.counts[kind]}</td><td>${escapeHtml(listed)}</td></tr>`;
  }).join('');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>
body{font-family:Arial,sans-serif;font-size:13px;margin:12px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left}
td.n{text-align:right}tr.bad td{background:#fdecea}p.hint{color:#555}p.warn{color:#c5221f}
</style></head><body>
<p><b>${escapeHtml(summary)}</b></p>
${result.settingsWarnings.map((w) => `<p class="warn">${escapeHtml(w)}</p>`).join('')}
<table><thead><tr><th>${escapeHtml(say(lang, 'checkColumnProblem'))}</th><th>${escapeHtml(say(lang, 'checkColumnCount'))}</th><th>${escapeHtml(say(lang, 'checkColumnRows'))}</th></tr></thead>
<tbody>${body}</tbody></table>
${total ? `<p class="hint">${escapeHtml(say(lang, 'checkHint'))}</p>` : ''}
<p><button onclick="google.script.host.close()">${escapeHtml(say(lang, 'checkClose'))}</button></p>
</body></html>`;
}
