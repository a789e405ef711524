// "Check data" on the sheet: finds problems, marks their cells with notes and a highlight, clears marks once fixed.
import {
  checkDeals,
  countProblems,
  mergeNote,
  PROBLEM_KINDS,
  type Problem,
  type ProblemKind,
} from '../core/check-data';
import { dayNumber } from '../core/dates';
import type { Lang } from '../core/i18n';
import { say, sayWith } from '../core/i18n';
import { SETTINGS_COLUMNS } from '../core/schema';
import { optionRows } from '../core/settings';
import { readWorkbook, type SheetData } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Background of a cell Check data flags. Only cells with exactly this colour are ever reset. */
export const CHECK_HIGHLIGHT = '#f4c7c3';

/** The outcome shown in the dialog. */
export interface CheckDataResult {
  lang: Lang;
  dealCount: number;
  problems: Problem[];
  counts: Record<ProblemKind, number>;
  /** Settings the functions cannot work with (a formula in report_date), in the workbook language. */
  settingsWarnings: string[];
}

function isPlainBackground(colour: string | null | undefined): boolean {
  return !colour || colour.toLowerCase() === '#ffffff' || colour.toLowerCase() === 'white';
}

/**
 * A formula in report_date (=TODAY(), =NOW()) makes every custom function over it fail in Sheets:
 * their arguments must be deterministic. One read of that cell's formula.
 */
function reportDateWarnings(settings: SheetData, lang: Lang): string[] {
  const row = optionRows(settings.values).get('report_date');
  if (!settings.sheet || row === undefined) return [];
  const formula = settings.sheet.getRange(row, SETTINGS_COLUMNS.optionValue + 1).getFormula();
  return formula ? [say(lang, 'checkReportDateFormula', { formula })] : [];
}

/**
 * Runs Check data: one read of Settings and Deals, one read each of the notes and backgrounds of
 * the deal rows, and at most one write each back. A flagged cell gets our note lines (after any
 * note of the user's, which is kept) and the highlight unless the user coloured it; a cell no
 * longer flagged loses our lines and our highlight only. Returns undefined without a Deals sheet.
 * `progress` is told the workbook language once the data is read (for a toast).
 */
export function runCheckData(
  ss: Spreadsheet,
  now: Date,
  progress?: (lang: Lang) => void,
): CheckDataResult | undefined {
  const snapshot = readWorkbook(ss, { history: false, alerts: false });
  const { sheet, values, header, rows } = snapshot.deals;
  if (!sheet || values.length === 0) return undefined;
  const { lang } = snapshot;
  progress?.(lang);
  const problems = checkDeals({
    deals: rows,
    values,
    columns: header.columns,
    stages: snapshot.settings.stages,
    today: dayNumber(now, snapshot.timeZone),
    timeZone: snapshot.timeZone,
  });
  const result = {
    lang,
    dealCount: rows.length,
    problems,
    counts: countProblems(problems),
    settingsWarnings: reportDateWarnings(snapshot.settingsSheet, lang),
  };
  const height = values.length - 1;
  const width = values[0].length;
  if (height < 1 || width < 1) return result;

  // Our note lines per cell, keyed "row:col" (1-based sheet row, 0-based column).
  const lines = new Map<string, string[]>();
  const noteKey = new Map(PROBLEM_KINDS.map((k) => [k.kind, k.note]));
  for (const p of problems) {
    const col = header.columns[p.field] ?? header.columns.deal ?? 0;
    const key = `${p.row}:${col}`;
    const text = sayWith(lang, noteKey.get(p.kind)!, p.params);
    const list = lines.get(key);
    if (list) list.push(text);
    else lines.set(key, [text]);
  }

  const range = sheet.getRange(2, 1, height, width);
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds() as (string | null)[][];
  let notesChanged = false;
  let backgroundsChanged = false;
  const ours = CHECK_HIGHLIGHT.toLowerCase();
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) {
      const mine = lines.get(`${i + 2}:${j}`) ?? [];
      const before = notes[i][j] ?? '';
      const after = mergeNote(before, mine.length ? [say(lang, 'checkNoteHeader'), ...mine] : []);
      if (after !== before) {
        notes[i][j] = after;
        notesChanged = true;
      }
      const bg = backgrounds[i][j];
      const isOurs = (bg ?? '').toLowerCase() === ours;
      let next: string | null = isPlainBackground(bg) ? null : bg;
      if (mine.length && (isOurs || isPlainBackground(bg))) next = CHECK_HIGHLIGHT;
      else if (!mine.length && isOurs) next = null;
      if ((next ?? '#ffffff').toLowerCase() !== (bg ?? '#ffffff').toLowerCase())
        backgroundsChanged = true;
      backgrounds[i][j] = next;
    }
  }
  if (notesChanged) range.setNotes(notes);
  if (backgroundsChanged) range.setBackgrounds(backgrounds as string[][]);
  return result;
}
