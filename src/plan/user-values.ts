/**
 * How the tool reads what people type, in one place: flags, answers files and roster cells
 * all go through here, so the same spelling is accepted everywhere. Values and court ids are
 * not case-sensitive (spreadsheets capitalise "Yes", people type "CTD"), and lists split on
 * commas, semicolons and spaces.
 */

const TRUE_WORDS: Record<string, string> = { true: 'yes', false: 'no' };

/** A typed word as the tool compares it: trimmed and lower case. */
export function normaliseWord(text: string): string {
  return text.trim().toLowerCase();
}

/** The items of a typed list (`ctd,utd`, `ctd; utd`, `ctd utd`), normalised, empties dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map(normaliseWord)
    .filter((item) => item !== '');
}

/**
 * One scalar value (a YAML or JSON scalar, a cell, a flag) as a normalised word: booleans are
 * yes/no (YAML reads `yes` as true only in old dialects, but people write `true`), numbers
 * their digits. Undefined for anything that is not a scalar.
 */
export function normaliseScalar(value: unknown): string | undefined {
  if (typeof value === 'boolean') return TRUE_WORDS[String(value)];
  if (typeof value === 'string') return normaliseWord(value);
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Court ids from flags, answers-file lists or a roster cell: normalised, unique, in order. */
export function courtIdsOf(values: readonly string[]): string[] {
  return [...new Set(values.flatMap(splitList))];
}
