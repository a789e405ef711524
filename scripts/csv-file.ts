// Reads a CSV export as rows of text: UTF-8 with or without BOM, UTF-16 with BOM, or CP949/EUC-KR
// (what Korean Excel writes); comma, semicolon or tab separated; quoted fields with line breaks.

export interface CsvTable {
  rows: string[][];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr';
  delimiter: ',' | ';' | '\t';
}

/**
 * Text of a CSV file. A BOM decides; otherwise strict UTF-8, and bytes that are not UTF-8 are read
 * as CP949 (Node's WHATWG "euc-kr" decoder is Windows code page 949, a superset of EUC-KR).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('euc-kr').decode(bytes), encoding: 'euc-kr' };
  }
}

/** Delimiter counts per line outside quotes, for the first lines. */
function countsPerLine(text: string, delimiter: string, lines: number): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let n = 0;
  for (let i = 0; i < text.length && counts.length < lines; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) n++;
    else if (!inQuotes && ch === '\n') {
      counts.push(n);
      n = 0;
    }
  }
  if (counts.length < lines && n > 0) counts.push(n);
  return counts;
}

/**
 * The delimiter: of comma, semicolon and tab, the one that splits the header line and appears as
 * often on the next lines; the header's most frequent one when none is that regular.
 */
export function detectDelimiter(text: string): CsvTable['delimiter'] {
  const candidates = [',', ';', '\t'] as const;
  let best: { d: CsvTable['delimiter']; score: number } | undefined;
  for (const d of candidates) {
    const counts = countsPerLine(text, d, 20);
    const head = counts[0] ?? 0;
    if (head === 0) continue;
    const regular = counts.every((c) => c === head || c === 0);
    const score = head + (regular ? 1000 : 0);
    if (!best || score > best.score) best = { d, score };
  }
  return best?.d ?? ',';
}

/** Parses CSV text (RFC 4180: quotes doubled inside quoted fields; CRLF or LF). Trailing blank lines dropped. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === '')) rows.pop();
  return rows;
}

/** A CSV file's bytes as a table of text cells, every row padded to the widest. */
export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter);
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return { rows, encoding, delimiter };
}
