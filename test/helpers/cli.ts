/** Runs the built binary as a user would, with no TTY. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/nextgen-ready.cjs', import.meta.url));
/**
 * The Node that runs the built CLI: this one, or NEXTGEN_READY_TEST_NODE, with which CI runs
 * the end-to-end tests again on the other Node release lines users run (scripts/ci/).
 */
export const NODE = process.env.NEXTGEN_READY_TEST_NODE || process.execPath;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `nextgen-ready ...args`; stdin is closed, so nothing is interactive. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): CliResult {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] = value;
  }
  const result = spawnSync(NODE, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** True when the text holds a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /^\s+at /m.test(text);
}

/** True when the text holds ANSI colour codes. */
export function hasAnsi(text: string): boolean {
  return text.includes('\u001b[');
}
