/** The one item of a list that has exactly one; undefined for none or several (which one is meant is unclear). */
export const onlyOne = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
