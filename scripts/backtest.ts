// `npm run backtest -- <file.xlsx|.csv> [--period month|quarter] [--from YYYY-MM] [--to YYYY-MM] [--json] [--out DIR]`:
// forecasts each period from what was known on its first day and compares them with what was won.

import { isoDay } from '../src/core/dates';
import { type Backtest, runBacktest } from '../src/core/forecast/backtest';
import { type PeriodKind, parseMonth } from '../src/core/forecast/periods';
import { DEFAULT_STAGES, findStage } from '../src/core/stages';
import { InputError, readBacktestInput } from './backtest-input';
import { backtestTable, writeBacktestFiles } from './backtest-report';

export const BACKTEST_USAGE =
  'usage: npm run backtest -- <file.xlsx|.csv [more.csv …]> [--period month|quarter] [--from YYYY-MM] [--to YYYY-MM] [--json] [--out DIR] [--list-prices products.csv | --no-list-prices] [--entry-stage STAGE]';

export interface BacktestArgs {
  file: string;
  /** More CSV files loaded as sheets beside the first (a CRM's stage-history export). */
  moreCsv?: string[];
  period: PeriodKind;
  from?: number;
  to?: number;
  json: boolean;
  out: string;
  /** The Maven Amount rule's products file; false turns the rule off; undefined: found beside. */
  listPrices?: string | false;
  /**
   * The stage whose typed probability stands for an open deal whose stage History does not tell
   * (default: for a CSV, the stage most of its open deals are in; for a workbook, the first).
   */
  entryStage?: string;
}

/** Parses argv (without node and script); throws InputError with a one-line message. */
export function parseBacktestArgs(argv: readonly string[]): BacktestArgs {
  const positional: string[] = [];
  const args: Partial<BacktestArgs> = { period: 'month', json: false, out: 'out/backtest' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--')
      ? argv[i].split(/=(.*)/s, 2)
      : [argv[i], undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new InputError(`${flag} needs a value. ${BACKTEST_USAGE}`);
      return v;
    };
    const month = (v: string) => {
      const day = parseMonth(v);
      if (day === undefined)
        throw new InputError(`${flag} ${v}: write a month as YYYY-MM. ${BACKTEST_USAGE}`);
      return day;
    };
    switch (flag) {
      case '--period': {
        const v = value();
        if (v !== 'month' && v !== 'quarter')
          throw new InputError(`--period ${v}: write month or quarter. ${BACKTEST_USAGE}`);
        args.period = v;
        break;
      }
      case '--from':
        args.from = month(value());
        break;
      case '--to':
        args.to = month(value());
        break;
      case '--json':
        args.json = true;
        break;
      case '--out':
        args.out = value();
        break;
      case '--list-prices':
        args.listPrices = value();
        break;
      case '--no-list-prices':
        args.listPrices = false;
        break;
      case '--entry-stage':
        args.entryStage = value();
        break;
      default:
        if (flag.startsWith('--'))
          throw new InputError(`unknown option ${flag}. ${BACKTEST_USAGE}`);
        positional.push(flag);
    }
  }
  if (positional.length === 0) throw new InputError(`give one input file. ${BACKTEST_USAGE}`);
  if (positional.length > 1 && !positional.every((p) => p.toLowerCase().endsWith('.csv')))
    throw new InputError(
      `give one .xlsx workbook, or one or more .csv files (each becomes a sheet). ${BACKTEST_USAGE}`,
    );
  return {
    ...(args as BacktestArgs),
    file: positional[0],
    ...(positional.length > 1 ? { moreCsv: positional.slice(1) } : {}),
  };
}

/**
 * Reads the input and runs the backtest with the stages' typed probabilities: those set-up adopted
 * for a CSV export, the default stages for a workbook. `notes` receives what was done to the data.
 */
export async function backtestFile(
  args: BacktestArgs,
  notes: (line: string) => void = () => {},
): Promise<Backtest> {
  const input = await readBacktestInput(args.file, {
    listPrices: args.listPrices,
    moreCsv: args.moreCsv,
  });
  const stages = input.stages ?? DEFAULT_STAGES;
  let entryStage = input.entryStage;
  if (args.entryStage !== undefined) {
    entryStage = findStage(stages, args.entryStage);
    if (entryStage < 0)
      throw new InputError(
        `--entry-stage ${args.entryStage}: not a stage of this pipeline (${stages.map((s) => s.en).join(', ')})`,
      );
  }
  for (const line of input.notes ?? []) notes(line);
  notes(
    `Open deals of unknown stage count at ${stages[entryStage]?.en} (${Math.round((stages[entryStage]?.probability ?? 0) * 100)}%) in the weighted forecast`,
  );
  const result = runBacktest(
    input.data,
    {
      kind: args.period,
      typed: stages.map((s) => s.probability),
      entryStage,
    },
    { from: args.from, to: args.to },
  );
  const last = result.periods[result.periods.length - 1];
  if (Number.isFinite(result.lastDay) && last && args.to === undefined)
    notes(
      `The data ends on ${isoDay(result.lastDay)}: the backtest runs to ${last.period}, the last ${args.period} it covers to its end (--to YYYY-MM for another)`,
    );
  return result;
}

/** The JSON of the contract: periods and the summary, nothing else. */
export function backtestJson(b: Backtest): string {
  return JSON.stringify({ periods: b.periods, summary: b.summary });
}

async function main(): Promise<void> {
  let args: BacktestArgs;
  let result: Backtest;
  try {
    args = parseBacktestArgs(process.argv.slice(2));
    // Notes go to stderr so that --json prints the JSON object and nothing else.
    result = await backtestFile(args, (line) => process.stderr.write(`${line}\n`));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`backtest: ${err.message}\n`);
    process.exit(2);
  }
  if (args.json) {
    process.stdout.write(`${backtestJson(result)}\n`);
    return;
  }
  if (result.periods.length === 0) {
    process.stdout.write(
      'No period to backtest: the data needs at least 6 earlier periods (or give --from).\n',
    );
    return;
  }
  const table = backtestTable(result);
  const summaryLine = table.split('\n').slice(-2).join(' ');
  const files = writeBacktestFiles(result, args.out, `Backtest of ${args.file}`, summaryLine);
  process.stdout.write(`${table}\n\nwrote ${files.join(', ')}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
