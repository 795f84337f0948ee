/**
 * Dutch and English number words, for recognising figures written out (`dertien`,
 * `tweeduizend`, `tientallen`, `hundreds`).
 */

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
