// Header rows and records: where a table's fields sit in a header row, and the row a record becomes there.
import { labelKey } from '../stages';

/** One field of a managed table: its key, its header in each language and other headers people use. */
export interface FieldSpec<K extends string = string> {
  key: K;
  en: string;
  ko: string;
  /** Other headers people use for this column, in either language. */
  synonyms?: readonly string[];
}

/** 0-based column per field. */
export type Columns<K extends string> = Partial<Record<K, number>>;

/**
 * Key for header matching: case, width, spacing, underscores, hyphens, dots, asterisks, colons and
 * a unit in brackets at the end ("금액 (원)", "Amount (USD)", "확률(%)") ignored.
 */
export function headerKey(text: string): string {
  const bare = text.normalize('NFKC').replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
  return labelKey((bare.trim() === '' ? text : bare).replace(/[_:*.-]/g, ' '));
}

/** Every header a field is found under: English, Korean, then its synonyms. */
export function headersOf(field: FieldSpec): string[] {
  return [field.en, field.ko, ...(field.synonyms ?? [])];
}

/** The field a header names among `fields`, or undefined for a column that is not one of them. */
export function fieldOf<K extends string>(
  fields: readonly FieldSpec<K>[],
  header: unknown,
): K | undefined {
  // A blank header's key is blank, which no field's is.
  if (typeof header !== 'string') return undefined;
  const key = headerKey(header);
  return fields.find((f) => headersOf(f).some((h) => headerKey(h) === key))?.key;
}

/** What a header row holds of a table: found columns (first match wins), their texts, and missing fields. */
export interface FoundColumns<K extends string> {
  columns: Columns<K>;
  /** Header text as written, per found field. */
  matchedHeaders: Partial<Record<K, string>>;
  /** Fields with no column, in the table's order. */
  missing: K[];
}

/** Finds a table's fields in a header row; other columns (the user's own) are left alone. */
export function findColumns<K extends string>(
  fields: readonly FieldSpec<K>[],
  headerRow: readonly unknown[],
): FoundColumns<K> {
  const byHeader = new Map<string, K>();
  for (const f of fields)
    for (const h of headersOf(f))
      if (!byHeader.has(headerKey(h))) byHeader.set(headerKey(h), f.key);
  const columns: Columns<K> = {};
  const matchedHeaders: Partial<Record<K, string>> = {};
  headerRow.forEach((h, i) => {
    if (typeof h !== 'string') return;
    const key = byHeader.get(headerKey(h));
    if (key !== undefined && columns[key] === undefined) {
      columns[key] = i;
      matchedHeaders[key] = h;
    }
  });
  const missing = fields.filter((f) => columns[f.key] === undefined).map((f) => f.key);
  return { columns, matchedHeaders, missing };
}

/**
 * Where every field of a log table is read and written: its column when the header has it, else
 * the next free column at the right end, in the table's order. Set-up adds missing headers at
 * exactly those places, so a row written before an upgrade still reads back after it.
 */
export function placeColumns<K extends string>(
  fields: readonly FieldSpec<K>[],
  headerRow: readonly unknown[],
): Record<K, number> {
  const { columns, missing } = findColumns(fields, headerRow);
  const placed = { ...columns } as Record<K, number>;
  missing.forEach((key, i) => {
    placed[key] = headerRow.length + i;
  });
  return placed;
}

/** A row for a header: each field's value at its column, blank in the columns that are not the table's. */
export function buildRow<K extends string>(
  columns: Columns<K>,
  record: Partial<Record<K, unknown>>,
  width = 0,
): unknown[] {
  // Called once per row written: the columns are walked without building lists of them.
  let length = width;
  for (const key in columns) length = Math.max(length, (columns[key] as number) + 1);
  const row: unknown[] = new Array(length).fill('');
  for (const key in columns) if (key in record) row[columns[key] as number] = record[key];
  return row;
}

/** A row's values per field; fields without a column are left out. */
export function readRecord<K extends string>(
  columns: Columns<K>,
  row: readonly unknown[],
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key in columns) out[key] = row[columns[key] as number] ?? '';
  return out;
}
