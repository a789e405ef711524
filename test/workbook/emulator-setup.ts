// Shared emulator set-up for the workbook tests: a Korean team's spreadsheet on 2026-03-02 in Seoul.
import vm from 'node:vm';
import { Emulator } from '../../emulator';

export const NOW = '2026-03-02T09:00:00+09:00';
export const LEAD = 'lead@acme.co.kr';

/**
 * An emulator running the built bundle. The script's `new Date()` and `Date.now()` follow the
 * emulator clock (the emulator does not move them itself) so
 * the dates the add-on writes are the test's "now".
 */
export async function emulator(
  options: Partial<Parameters<typeof Emulator.create>[0]> = {},
): Promise<Emulator> {
  const emu = await Emulator.create({
    timeZone: 'Asia/Seoul',
    scriptTimeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    owner: LEAD,
    activeUser: LEAD,
    now: NOW,
    ...options,
  });
  const g = emu.global as unknown as { __clockNow: () => number };
  g.__clockNow = () => emu.clock.nowMs();
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      class ClockDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(__clockNow()); else super(...args); }
        static now() { return __clockNow(); }
      }
      globalThis.Date = ClockDate;
    })()`,
    emu.global,
  );
  return emu;
}

/** Installs the on-edit History trigger as "Enable daily alerts" would. */
export function installEditTrigger(emu: Emulator): void {
  emu.execute('menu', () => {
    const g = emu.global as unknown as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    g.ScriptApp.newTrigger('onPipelineEdit').forSpreadsheet(emu.spreadsheet).onEdit().create();
  });
}

/** Everything set-up can change in the workbook, as plain data (for "twice = same workbook"). */
export function dumpWorkbook(emu: Emulator): unknown {
  const plain = (v: unknown): unknown => {
    if (v instanceof Map) return [...v].sort(([a], [b]) => String(a).localeCompare(String(b)));
    if (v && typeof v === 'object' && '__location' in v)
      return (v as { __location(): unknown }).__location();
    return v;
  };
  const json = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => plain(x)));
  return {
    sheets: emu.workbook.sheets.map((s) => ({
      name: s.name,
      size: [s.maxRows, s.maxCols],
      frozen: s.frozenRows,
      values: emu.getValues(s.name),
      formulas: emu.getFormulas(s.name),
      meta: json(s.meta),
      rules: json(s.conditionalRules),
      bandings: json(s.bandings),
    })),
    names: [...emu.workbook.namedRanges].sort().map((n) => {
      const at = emu.workbook.namedRange(n);
      return [n, at?.sheet.name, at?.grid];
    }),
    properties: [...emu.properties.document],
  };
}
