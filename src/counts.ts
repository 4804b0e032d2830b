/** Counts as English: "1 action", "2 actions", "199,999 actions", never "action(s)". */

/** A whole number with thousands separators, as U.S. English writes it: 199,999. */
export function formatNumber(n: number): string {
  // By hand rather than toLocaleString: the result must not depend on the machine's locale,
  // and Intl number formatting costs start-up time for a comma.
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "1 action", "2 actions", "199,999 actions"; `plural` for irregular nouns. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
