// Child process of the start bench: one `npm start` run on a file, then its peak memory as JSON on stdout.
import { runStart } from '../scripts/start';
import { parseStartArgs } from '../scripts/start-args';

async function main(): Promise<void> {
  const log = process.stdout.write.bind(process.stdout);
  // npm start's progress lines would mix with the JSON answer.
  process.stdout.write = (() => true) as typeof process.stdout.write;
  await runStart(parseStartArgs(process.argv.slice(2)));
  log(`${JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
