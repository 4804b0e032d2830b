/** The output streams commands write to: process.stdout and stderr, or a test's stand-in. */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}
