/**
 * Canonical form of a written number, so `8.000` (Dutch), `8,000` (English) and `8000` meet:
 * a separator followed by groups of exactly three digits is a thousands separator, any other is
 * the decimal mark (`1,6` and `1.6` → `1.6`).
 */
export function canonicalNumber(written: string): string {
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/u.test(written)) return written.replace(/[.,]/gu, '');
  return written.replace(',', '.');
}
