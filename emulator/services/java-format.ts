// Java String.format-style templates, as Utilities.formatString and Logger.log(format, …) apply them.

const SPEC = /%(?:(\d+)\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([sSdioxXeEfgGbBcn%])/g;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats `template` with `args` like Java's String.format: %s %d %f %e %x %o %c %b %% %n, flags
 * `-+ 0,`, width, precision and `%1$s` positions. Throws Java's message when an argument is missing.
 */
export function formatJavaString(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    SPEC,
    (spec, position, flags: string, width, precision, conversion: string) => {
      if (conversion === '%') return '%';
      if (conversion === 'n') return '\n';
      const index = position ? Number(position) - 1 : next++;
      if (index >= args.length) throw new Error(`Format specifier '${spec}'`);
      const arg = args[index];
      let body: string;
      let sign = '';
      const lower = conversion.toLowerCase();
      if (lower === 's') body = arg === null || arg === undefined ? 'null' : String(arg);
      else if (lower === 'b') body = String(arg !== null && arg !== undefined && arg !== false);
      else if (lower === 'c')
        body = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg);
      else {
        const n = Number(arg);
        if (Number.isNaN(n)) throw new Error(`${conversion} != ${typeof arg}`);
        if (n < 0 || Object.is(n, -0)) sign = '-';
        else if (flags.includes('+')) sign = '+';
        else if (flags.includes(' ')) sign = ' ';
        const abs = Math.abs(n);
        if (lower === 'd' || lower === 'i') body = String(Math.trunc(abs));
        else if (lower === 'x') body = Math.trunc(abs).toString(16);
        else if (lower === 'o') body = Math.trunc(abs).toString(8);
        else if (lower === 'e') {
          const [mantissa, exponent] = abs.toExponential(Number(precision ?? 6)).split('e');
          const e = Number(exponent);
          body = `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
        } else if (lower === 'g') body = abs.toPrecision(Number(precision ?? 6));
        else body = abs.toFixed(Number(precision ?? 6));
        if (flags.includes(',')) {
          const [int, frac] = body.split('.');
          body = groupThousands(int) + (frac !== undefined ? `.${frac}` : '');
        }
      }
      if (lower === 's' && precision !== undefined) body = body.slice(0, Number(precision));
      if (conversion !== lower) body = body.toUpperCase();
      const w = Number(width ?? 0);
      const len = sign.length + body.length;
      if (len >= w) return sign + body;
      if (flags.includes('-')) return sign + body + ' '.repeat(w - len);
      if (flags.includes('0') && lower !== 's') return sign + '0'.repeat(w - len) + body;
      return ' '.repeat(w - len) + sign + body;
    },
  );
}
