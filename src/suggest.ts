/**
 * "Did you mean": the allowed values nearest to what was typed. A library does the string
 * distance (fastest-levenshtein); this only decides what is near enough to suggest.
 */
import { distance } from 'fastest-levenshtein';
import { cutText } from './safe-text.js';

/** The allowed values within a typo's reach of `input`, nearest first (at most three). */
export function suggestNearest(input: string, allowed: readonly string[], max = 3): string[] {
  const typed = input.toLowerCase();
  const scored = allowed
    .map((value) => {
      const candidate = value.toLowerCase();
      // An abbreviation ("indiv") is near; a longer text that merely starts with an allowed
      // value ("no-MySecret") is not: it is judged by distance, as it may be quoted back.
      const prefix = candidate.startsWith(typed);
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

/**
 * How a message names a value it rejects. Quoted, with "did you mean", only when it is a near
 * miss of an allowed value: anything else may be a secret typed in the wrong place (a password
 * as the CM/ECF login), so it is named by where it is, never by what it is. Every surface
 * (flags, answers files, roster cells) words its rejections through here.
 * `describeRejected('indivdual', ['individual'], 'is not allowed', 'this value')` →
 * `"indivdual" is not allowed (did you mean "individual"?)`; with no near miss →
 * `this value is not allowed`.
 */
export function describeRejected(
  typed: string,
  allowed: readonly string[],
  rejected: string,
  unnamed: string,
  max = 1,
): string {
  const near = suggestNearest(typed, allowed, max);
  if (near.length === 0) return `${unnamed} ${rejected}`;
  return `"${cutText(typed)}" ${rejected} (did you mean ${near.map((value) => `"${value}"`).join(' or ')}?)`;
}
