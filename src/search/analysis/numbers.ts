/**
 * Canonical form of a written number, so `8.000` (Dutch), `8,000` (English) and `8000` meet:
 * a separator followed by groups of exactly three digits is a thousands separator, any other is
 * the decimal mark (`1,6` and `1.6` → `1.6`).
 */
export function canonicalNumber(written: string): string {
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/u.test(written)) return written.replace(/[.,]/gu, '');
  // Both marks (`2.500,50`, `2,500.50`): the one used last is the decimal mark.
  const both = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d+)$/u.exec(written);
  if (both && both[2] !== both[3]) return `${(both[1] as string).replace(/[.,]/gu, '')}.${both[4] as string}`;
  return written.replace(',', '.');
}
