/**
 * The size limits on what the tool reads, in one place (the README lists them). Each is far
 * above any real file of its kind and far below what would cost a user's machine: a 52 MB YAML
 * answers file once took 32 s and 3.9 GB to parse. A file over its limit is refused before it
 * is parsed, with one line saying so.
 */
export const LIMITS = {
  /** An answers file (check --answers, roster --answers): a dozen keys. */
  answersFileBytes: 1024 * 1024,
  /** A config file (.nextgen-readyrc.yaml): four keys. */
  configFileBytes: 64 * 1024,
  /** One court profile in --courts-dir; the largest bundled one is about 8 KB. */
  profileFileBytes: 1024 * 1024,
  /** A YAML or JSON roster, read whole; larger rosters go in CSV, which is streamed. */
  listRosterBytes: 2 * 1024 * 1024,
  /** One roster row (a CSV record). */
  rosterRowBytes: 64 * 1024,
  /** One roster cell or header, in characters. */
  rosterCellChars: 1000,
  /** Columns in a roster's header. */
  rosterColumns: 200,
} as const;

/** "1 MB", "64 KB": a limit as the README and the messages write it. */
export function formatSize(bytes: number): string {
  const round = (value: number) => String(Math.round(value * 10) / 10);
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
