/**
 * Dutch and English number words, for recognising figures written out (`dertien`,
 * `tweeduizend`, `tientallen`, `hundreds`).
 */
import { table } from '../lists/table.js';
import { mapped } from '../lists/loops.js';

const DUTCH_UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const DUTCH_TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const DUTCH_TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const DUTCH_SCALES = ['honderd', 'duizend', 'miljoen', 'miljard'];
/** Indefinite amounts that still answer "how many". */
const DUTCH_AMOUNTS = ['tientallen', 'honderden', 'duizenden', 'tienduizenden', 'honderdduizenden', 'miljoenen', 'dozijn', 'enkele', 'tal', 'talloze'];

const ENGLISH = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozens', 'hundreds',
  'thousands', 'millions', 'dozen',
];

// Dutch writes compound numbers as one word: vijfentwintig, tweeduizend, driehonderdvijftig.
const MORPHEME = [...DUTCH_TENS, ...DUTCH_TEENS, ...DUTCH_SCALES, ...DUTCH_UNITS].sort((a, b) => b.length - a.length).join('|');
const DUTCH_COMPOUND = new RegExp(`^(?:${MORPHEME})(?:(?:en)?(?:${MORPHEME}))*$`, 'u');
const WORDS = new Set([...DUTCH_AMOUNTS, ...ENGLISH]);

/** True for a folded word that states a number (`een` alone is excluded: it is mostly "a"). */
export function isNumberWord(folded: string): boolean {
  if (folded === 'een' || folded === 'one') return false;
  return WORDS.has(folded) || DUTCH_COMPOUND.test(folded);
}

const VALUES: Readonly<Record<string, number>> = table({
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
});
const MORPHEMES = [...Object.keys(VALUES), 'honderd', 'duizend', 'miljoen', 'miljard'].sort((a, b) => b.length - a.length);

const DUTCH_WORD = new Map(mapped(Object.entries(VALUES), ([word, value]) => [value, word]));

/**
 * How Dutch writes a whole number in words, for 2 up to 99, whole hundreds and whole thousands up
 * to 99 000 (`13` dertien, `25` vijfentwintig, `2000` tweeduizend); undefined for others (and for 1,
 * whose word `een` is mostly "a").
 */
export function dutchNumberWord(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 2) return undefined;
  if (value < 100) {
    const direct = DUTCH_WORD.get(value);
    if (direct !== undefined) return direct;
    const unit = DUTCH_WORD.get(value % 10) as string;
    // "tweeëntwintig", "drieëndertig": a trema where two e's would meet.
    return `${unit}${unit.endsWith('e') ? 'ën' : 'en'}${DUTCH_WORD.get(value - (value % 10)) as string}`;
  }
  const whole = (unit: number, scale: string): string | undefined => (unit === 1 ? scale : unit < 100 ? `${dutchNumberWord(unit) ?? ''}${scale}` : undefined);
  if (value < 1000 && value % 100 === 0) return whole(value / 100, 'honderd');
  if (value < 100_000 && value % 1000 === 0) return whole(value / 1000, 'duizend');
  return undefined;
}

/**
 * The value of a Dutch number word: `dertien` 13, `tweeduizend` 2000, `vijfentwintig` 25,
 * `driehonderdvijftig` 350. Undefined for anything else (and for indefinite `tientallen`).
 */
export function dutchNumberValue(folded: string): number | undefined {
  let total = 0;
  let current = 0;
  let rest = folded;
  let parts = 0;
  while (rest.length > 0) {
    if (parts > 0 && rest.startsWith('en') && MORPHEMES.some((m) => rest.slice(2).startsWith(m))) rest = rest.slice(2);
    const morpheme = MORPHEMES.find((m) => rest.startsWith(m));
    if (!morpheme) return undefined;
    rest = rest.slice(morpheme.length);
    parts++;
    if (morpheme === 'honderd') current = (current || 1) * 100;
    else if (morpheme === 'duizend') [total, current] = [total + (current || 1) * 1000, 0];
    else if (morpheme === 'miljoen') [total, current] = [total + (current || 1) * 1_000_000, 0];
    else if (morpheme === 'miljard') [total, current] = [total + (current || 1) * 1_000_000_000, 0];
    else current += VALUES[morpheme] ?? 0;
  }
  return parts > 0 ? total + current : undefined;
}

/** Indefinite amounts, with the least they can mean: `tientallen` (dozens) is at least 20. */
export const INDEFINITE_AMOUNTS: Readonly<Record<string, number>> = table({
  tientallen: 20, honderden: 200, duizenden: 2000, tienduizenden: 20_000, honderdduizenden: 200_000, miljoenen: 2_000_000,
  dozens: 24, hundreds: 200, thousands: 2000, millions: 2_000_000,
});

/** Multipliers written after a number: `1,6 miljoen`. */
export const MULTIPLIERS: Readonly<Record<string, number>> = table({
  duizend: 1000, miljoen: 1_000_000, miljard: 1_000_000_000, mln: 1_000_000, mld: 1_000_000_000,
  thousand: 1000, million: 1_000_000, billion: 1_000_000_000,
});
