// The backtest's outputs: the printed table, backtest.csv and an SVG chart (learned forecast,
// P10–P90 band, weighted and actual per period), linked from out/index.html.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Backtest, BacktestRow } from '../src/core/forecast/backtest';

const COLUMNS: (keyof BacktestRow)[] = [
  'period',
  'as_of',
  'actual',
  'weighted',
  'learned',
  'p10',
  'p90',
];

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');
const money = (x: number) => Math.round(x).toLocaleString('en-US');

/** The table printed without --json: one line per period, then the summary of both methods. */
export function backtestTable(b: Backtest): string {
  const lines = [[...COLUMNS, 'learned error', 'in P10–P90']];
  for (const r of b.periods) {
    lines.push([
      r.period,
      r.as_of,
      money(r.actual),
      money(r.weighted),
      money(r.learned),
      money(r.p10),
      money(r.p90),
      r.actual > 0 ? pct((r.learned - r.actual) / r.actual) : '—',
      r.p10 <= r.actual && r.actual <= r.p90 ? 'yes' : 'no',
    ]);
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => String(l[c]).length)));
  const table = lines.map((l) => l.map((cell, c) => String(cell).padStart(widths[c])).join('  '));
  const s = b.summary;
  const covered = b.periods.filter((r) => r.p10 <= r.actual && r.actual <= r.p90).length;
  return [
    ...table,
    '',
    `weighted (typed probabilities): MAPE ${pct(s.weighted.mape)}, bias ${pct(s.weighted.bias)}`,
    `learned: MAPE ${pct(s.learned.mape)}, bias ${pct(s.learned.bias)}, P10–P90 held the actual in ${covered} of ${b.periods.length} periods (${pct(s.learned.coverage)}), mean width (P90 − P10) ÷ forecast ${s.learned.width.toFixed(2)}`,
  ].join('\n');
}

export function backtestCsv(b: Backtest): string {
  const rows = b.periods.map((r) =>
    COLUMNS.map((c) => (typeof r[c] === 'number' ? Math.round(r[c] as number) : r[c])).join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\n')}\n`;
}

function escapeXml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

/** A line chart: P10–P90 band, learned and weighted forecasts, and the actual, per period. */
export function backtestSvg(b: Backtest, title: string): string {
  const W = 760;
  const H = 360;
  const left = 80;
  const right = 20;
  const top = 40;
  const bottom = 50;
  const rows = b.periods;
  const max = Math.max(1, ...rows.flatMap((r) => [r.actual, r.weighted, r.learned, r.p90])) * 1.05;
  const x = (i: number) =>
    left + (rows.length <= 1 ? 0 : (i * (W - left - right)) / (rows.length - 1));
  const y = (v: number) => top + (1 - v / max) * (H - top - bottom);
  const line = (pick: (r: BacktestRow) => number) =>
    rows.map((r, i) => `${x(i).toFixed(1)},${y(pick(r)).toFixed(1)}`).join(' ');
  const band = `${line((r) => r.p90)} ${rows
    .map((r, i) => `${x(i).toFixed(1)},${y(r.p10).toFixed(1)}`)
    .reverse()
    .join(' ')}`;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = max * f;
    return `<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11">${money(v)}</text>`;
  });
  const labels = rows.map(
    (r, i) =>
      `<text x="${x(i)}" y="${H - bottom + 18}" text-anchor="middle" font-size="11">${escapeXml(r.period)}</text>`,
  );
  const dots = rows.map((r, i) => `<circle cx="${x(i)}" cy="${y(r.actual)}" r="4" fill="#000"/>`);
  const legend = [
    ['#c6dbef', 'P10–P90 (learned)'],
    ['#08519c', 'learned forecast'],
    ['#e6550d', 'weighted (typed probabilities)'],
    ['#000', 'actual won'],
  ].map(
    ([color, text], i) =>
      `<rect x="${left + i * 170}" y="${H - 18}" width="12" height="12" fill="${color}"/><text x="${left + i * 170 + 16}" y="${H - 8}" font-size="11">${text}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<text x="${left}" y="22" font-size="14">${escapeXml(title)}</text>
${ticks.join('\n')}
<polygon points="${band}" fill="#c6dbef" stroke="none"/>
<polyline points="${line((r) => r.weighted)}" fill="none" stroke="#e6550d" stroke-width="2" stroke-dasharray="5,4"/>
<polyline points="${line((r) => r.learned)}" fill="none" stroke="#08519c" stroke-width="2"/>
${dots.join('\n')}
${labels.join('\n')}
${legend.join('\n')}
</svg>
`;
}

const INDEX_START = '<!-- backtest -->';
const INDEX_END = '<!-- /backtest -->';

/** Adds (or replaces) the backtest section of out/index.html, keeping whatever else it lists. */
export function linkFromIndex(
  indexFile: string,
  chart: string,
  csv: string,
  summary: string,
): void {
  const dir = dirname(indexFile);
  const section = `${INDEX_START}
<h2>Backtest</h2>
<p>${escapeXml(summary)}</p>
<p><a href="${relative(dir, csv)}">backtest.csv</a></p>
<img src="${relative(dir, chart)}" alt="Backtest: learned forecast, P10–P90 band and actual per period">
${INDEX_END}`;
  let html = existsSync(indexFile)
    ? readFileSync(indexFile, 'utf8')
    : '<!doctype html>\n<html><head><meta charset="utf-8"><title>Pipeline Sheet</title></head><body>\n</body></html>\n';
  const a = html.indexOf(INDEX_START);
  const b = html.indexOf(INDEX_END);
  if (a >= 0 && b > a) html = html.slice(0, a) + section + html.slice(b + INDEX_END.length);
  else html = html.replace('</body>', `${section}\n</body>`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(indexFile, html);
}

/** Writes backtest.csv and backtest.svg into `out`, and links them from out/index.html. */
export function writeBacktestFiles(
  b: Backtest,
  out: string,
  title: string,
  summary: string,
): string[] {
  mkdirSync(out, { recursive: true });
  const csv = join(out, 'backtest.csv');
  const chart = join(out, 'backtest.svg');
  writeFileSync(csv, backtestCsv(b));
  writeFileSync(chart, backtestSvg(b, title));
  const index = join('out', 'index.html');
  linkFromIndex(index, chart, csv, summary);
  return [csv, chart, index];
}
