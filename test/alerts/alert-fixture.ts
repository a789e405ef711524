// A pipeline workbook in the emulator for the alert tests and bench: Deals, Settings, History and Alerts.
import { Emulator, type EmulatorOptions } from '../../emulator';
import type { WorkbookView } from '../../emulator/workbook-view';
import { ALERT_COLUMNS, DEAL_COLUMNS, HISTORY_COLUMNS, OPTIONS } from '../../src/core/schema';
import { DEFAULT_STAGES } from '../../src/core/stages';

/** One Deals row; dates are ISO days (midnight in the spreadsheet's zone). */
export interface DealSpec {
  id: string;
  name?: string;
  company?: string;
  owner: string;
  stage: string;
  status?: string;
  amount?: number;
  stageEntered: string;
  nextStep?: string;
  snoozeUntil?: string;
}

export type OptionValues = Partial<Record<(typeof OPTIONS)[number]['key'], unknown>>;

export interface FixtureOptions extends EmulatorOptions {
  deals: DealSpec[];
  options?: OptionValues;
}

/** Midnight of an ISO day in `timeZone` as an instant. */
export function midnight(iso: string, timeZone: string): Date {
  // Find the UTC instant whose wall-clock in timeZone is iso 00:00 (two refinements suffice).
  const wall = Date.parse(`${iso}T00:00:00Z`);
  let t = wall;
  for (let i = 0; i < 3; i++) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(t));
    const p = Object.fromEntries(parts.map((x) => [x.type, Number(x.value)]));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    t += wall - shown;
  }
  return new Date(t);
}

/** The Deals row for a spec, in schema column order. */
export function dealRow(d: DealSpec, timeZone: string): unknown[] {
  const byKey: Record<string, unknown> = {
    dealId: d.id,
    deal: d.name ?? `Deal ${d.id}`,
    company: d.company ?? `Company ${d.id}`,
    owner: d.owner,
    stage: d.stage,
    status: d.status ?? 'Open',
    amount: d.amount ?? 1_000_000,
    probability: '',
    expectedClose: '',
    created: midnight(d.stageEntered, timeZone),
    stageEntered: midnight(d.stageEntered, timeZone),
    lastActivity: '',
    nextStep: d.nextStep ?? '',
    snoozeUntil: d.snoozeUntil ? midnight(d.snoozeUntil, timeZone) : '',
    lostReason: '',
  };
  return DEAL_COLUMNS.map((c) => byKey[c.key]);
}

/** Writes a set-up workbook (English sheet names) into the emulator. */
export function writePipeline(
  emu: WorkbookView,
  deals: DealSpec[],
  options: OptionValues = {},
): void {
  const tz = emu.workbook.timeZone;
  emu.setValues('Deals', 'A1', [
    DEAL_COLUMNS.map((c) => c.en),
    ...deals.map((d) => dealRow(d, tz)),
  ]);
  const settings: unknown[][] = [
    [
      'Stage',
      'Stage (Korean)',
      'Win probability',
      'Stall after (days)',
      '',
      'Option',
      'Value',
      'Key',
    ],
  ];
  const optionRows = OPTIONS.map((o) => [o.en, options[o.key] ?? '', o.key]);
  const height = Math.max(DEFAULT_STAGES.length, optionRows.length);
  for (let i = 0; i < height; i++) {
    const s = DEFAULT_STAGES[i];
    const o = optionRows[i];
    settings.push([
      s?.en ?? '',
      s?.ko ?? '',
      s?.probability ?? '',
      s?.stallDays ?? '',
      '',
      ...(o ?? ['', '', '']),
    ]);
  }
  emu.setValues('Settings', 'A1', settings);
  emu.setValues('Stage history', 'A1', [HISTORY_COLUMNS.map((c) => c.en)]);
  emu.setValues('Alerts', 'A1', [ALERT_COLUMNS.map((c) => c.en)]);
}

/** An emulator over a set-up pipeline (the bundle's `new Date()` follows the emulator clock). */
export async function alertEmulator(fixture: FixtureOptions): Promise<Emulator> {
  const { deals, options, ...emulatorOptions } = fixture;
  const emu = await Emulator.create({
    timeZone: 'Asia/Seoul',
    scriptTimeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    owner: 'lead@acme.co.kr',
    activeUser: 'lead@acme.co.kr',
    mailQuota: 100,
    ...emulatorOptions,
  });
  writePipeline(emu, deals, options);
  return emu;
}

/** Deal IDs listed in a digest's plain-text part ("1. D-0001 · …"). */
export function dealIdsOf(body: string): string[] {
  return [...body.matchAll(/^\d+\. (\S+) ·/gm)].map((m) => m[1]);
}

/** The Alerts sheet as objects (header row dropped). */
export function alertRows(
  emu: WorkbookView,
): { at: Date; owner: string; ids: string; kind: string; result: string }[] {
  return emu
    .getValues('Alerts')
    .slice(1)
    .map(([at, owner, ids, kind, result]) => ({
      at: at as Date,
      owner: String(owner),
      ids: String(ids),
      kind: String(kind),
      result: String(result),
    }));
}
