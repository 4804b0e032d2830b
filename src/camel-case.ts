/**
 * `courts-dir` → `courtsDir`: how commander names an option's value, for the table's flags and
 * the answer flags alike. A module of its own, so that `check` reads its flags without loading
 * the table of every flag (src/options.ts).
 */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export function camelCaseOf<S extends string>(name: S): CamelCase<S> {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;
}
