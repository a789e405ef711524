// A1 notation: column letters and quoted sheet references, for formulas the add-on writes and the emulator.

/** Column letter(s) for a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name quoted for a formula reference: 'My sheet' (single quotes doubled). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
