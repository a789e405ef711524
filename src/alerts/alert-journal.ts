// Sent-email journal in document properties: what a run sent but has not yet written to Alerts.
import { type AlertKind, type AlertLogEntry, entryFromCells } from '../core/alert-log';

type Properties = GoogleAppsScript.Properties.Properties;

/** Property keys start with this; the journal is split over numbered chunks under the 9 KB value limit. */
export const JOURNAL_PREFIX = 'pipeline.alerts.journal.';
/** Stay well under Apps Script's 9 KB per value (UTF-8 bytes; Korean text is 3 bytes a character). */
const CHUNK_BYTES = 8_000;

/** One journaled attempt: [epoch ms, owner, deal keys, kind, result]. */
type JournalRow = [number, string, string, AlertKind, string];

function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * The journal exists for one failure: a run that dies (time limit, error) after sending emails but
 * before its one batched Alerts write. Each sent email is recorded here at once (one property
 * write), so the next run writes those rows and counts them as sent instead of sending again.
 * A successful Alerts write clears it.
 */
export class AlertJournal {
  /** Chunks in order, each under its own property key number. */
  private chunks: { n: number; rows: JournalRow[] }[];

  private constructor(
    private readonly properties: Properties,
    chunks: { n: number; rows: JournalRow[] }[],
  ) {
    this.chunks = chunks;
  }

  /** Reads the journal with one getProperties call. Unreadable chunks are dropped. */
  static load(properties: Properties): AlertJournal {
    const all = properties.getProperties();
    const chunks: { n: number; rows: JournalRow[] }[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(JOURNAL_PREFIX)) continue;
      try {
        const rows = JSON.parse(value) as JournalRow[];
        const n = Number(key.slice(JOURNAL_PREFIX.length));
        if (Array.isArray(rows) && Number.isInteger(n)) chunks.push({ n, rows });
      } catch {
        // A half-written value cannot happen (setProperty is atomic); ignore foreign junk.
      }
    }
    chunks.sort((a, b) => a.n - b.n);
    return new AlertJournal(properties, chunks);
  }

  /** The journaled attempts as log entries (days in `timeZone`). */
  entries(timeZone: string): AlertLogEntry[] {
    const out: AlertLogEntry[] = [];
    for (const chunk of this.chunks)
      for (const [ms, owner, ids, kind, result] of chunk.rows) {
        const e = entryFromCells(new Date(ms), owner, ids, kind, result, timeZone);
        if (e) out.push(e);
      }
    return out;
  }

  get size(): number {
    return this.chunks.reduce((n, c) => n + c.rows.length, 0);
  }

  /** Records one attempt with one property write (the last chunk, or a new one when it is full). */
  record(entry: Pick<AlertLogEntry, 'at' | 'owner' | 'dealKeys' | 'kind' | 'result'>): void {
    const row: JournalRow = [
      entry.at.getTime(),
      entry.owner,
      entry.dealKeys.join(', '),
      entry.kind,
      entry.result,
    ];
    let chunk = this.chunks.at(-1);
    if (!chunk || utf8Bytes(JSON.stringify([...chunk.rows, row])) > CHUNK_BYTES) {
      chunk = { n: (chunk?.n ?? -1) + 1, rows: [] };
      this.chunks.push(chunk);
    }
    chunk.rows.push(row);
    this.properties.setProperty(`${JOURNAL_PREFIX}${chunk.n}`, JSON.stringify(chunk.rows));
  }

  /** Forgets everything (after the rows reached the Alerts sheet): one delete per chunk. */
  clear(): void {
    for (const chunk of this.chunks) this.properties.deleteProperty(`${JOURNAL_PREFIX}${chunk.n}`);
    this.chunks = [];
  }
}
