/** Calendar dates as articles give them: a whole day or only a month. Pure. */

/** True for `YYYY-MM` or `YYYY-MM-DD` naming a real month/day. */
export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(value);
  if (!match) return false;
  const [, year, month, day] = Array.from(match, Number) as [number, number, number, number | undefined];
  if (month < 1 || month > 12) return false;
  if (Number.isNaN(day) || day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
