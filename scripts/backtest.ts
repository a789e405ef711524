// `npm run backtest -- <file.xlsx|.csv> [--period month|quarter] [--from YYYY-MM] [--to YYYY-MM] [--json] [--out DIR]`:
// forecasts each period from what was known on its first day and compares them with what was won.
import { type Backtest, runBacktest } from '../src/core/forecast/backtest';
import { type PeriodKind, parseMonth } from '../src/core/forecast/periods';
import { DEFAULT_STAGES } from '../src/core/stages';
import { InputError, readBacktestInput } from './backtest-input';
import { backtestTable, writeBacktestFiles } from './backtest-report';

export const BACKTEST_USAGE =
  'usage: npm run backtest -- <file.xlsx|.csv> [--period month|quarter] [--from YYYY-MM] [--to YYYY-MM] [--json] [--out DIR]';

export interface BacktestArgs {
  file: string;
  period: PeriodKind;
  from?: number;
  to?: number;
  json: boolean;
  out: string;
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
      default:
        if (flag.startsWith('--'))
          throw new InputError(`unknown option ${flag}. ${BACKTEST_USAGE}`);
        positional.push(flag);
    }
  }
  if (positional.length !== 1) throw new InputError(`give one input file. ${BACKTEST_USAGE}`);
  return { ...(args as BacktestArgs), file: positional[0] };
}

/** Reads the input and runs the backtest with the Settings' default stages. */
export async function backtestFile(args: BacktestArgs): Promise<Backtest> {
  const input = await readBacktestInput(args.file);
  return runBacktest(
    input.data,
    {
      kind: args.period,
      typed: DEFAULT_STAGES.map((s) => s.probability),
      entryStage: input.entryStage,
    },
    { from: args.from, to: args.to },
  );
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
    result = await backtestFile(args);
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
