/**
 * "Did you mean": the allowed values nearest to what was typed. A library does the string
 * distance (fastest-levenshtein); this only decides what is near enough to suggest.
 */
import { distance } from 'fastest-levenshtein';

/** The allowed values within a typo's reach of `input`, nearest first (at most three). */
export function suggestNearest(input: string, allowed: readonly string[], max = 3): string[] {
  const typed = input.toLowerCase();
  const scored = allowed
    .map((value) => {
      const candidate = value.toLowerCase();
      const prefix = candidate.startsWith(typed) || typed.startsWith(candidate);
      return { value, score: prefix && typed.length >= 2 ? 0.5 : distance(typed, candidate) };
    })
    .filter(
      ({ value, score }) =>
        score <= Math.max(1, Math.floor(Math.max(value.length, typed.length) / 3)),
    )
    .sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return scored.slice(0, max).map(({ value }) => value);
}

/** ` (did you mean "a" or "b"?)` for up to `max` values near `typed`, or '' when none is near. */
export function didYouMean(typed: string, allowed: readonly string[], max = 3): string {
  const near = suggestNearest(typed, allowed, max);
  return near.length > 0
    ? ` (did you mean ${near.map((value) => `"${value}"`).join(' or ')}?)`
    : '';
}
