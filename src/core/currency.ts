// Money as people read it: amounts in the sheet's currency, in the reader's language (₩ without decimals).
import type { Lang } from './i18n';

const formatters = new Map<string, Intl.NumberFormat>();

function newFormatter(key: string, currency: string, lang: Lang): Intl.NumberFormat | undefined {
  try {
    const f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
      style: 'currency',
      currency,
      // Won has no minor unit in practice; Intl already uses 0 digits for KRW, this makes it certain.
      // Stryker disable next-line ConditionalExpression,StringLiteral,ObjectLiteral: the same digits as Intl's own for KRW
      ...(currency === 'KRW' ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, f);
    return f;
  } catch {
    return undefined; // not an ISO 4217 code Intl knows
  }
}

function formatter(currency: string, lang: Lang): Intl.NumberFormat | undefined {
  const key = `${lang}:${currency}`;
  return formatters.get(key) ?? newFormatter(key, currency, lang);
}

/**
 * An amount with its currency symbol, e.g. ₩12,500,000 or $1,234.50. An unknown currency code
 * is written in front of the number; an amount that is not a number (text in the cell) gives "—".
 */
export function formatAmount(amount: number, currency: string, lang: Lang): string {
  if (!Number.isFinite(amount)) return '—';
  const f = formatter(currency, lang);
  if (f) return f.format(amount);
  const digits = Number.isInteger(amount) ? 0 : 2;
  return `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
