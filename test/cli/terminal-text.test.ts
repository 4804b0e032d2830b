/**
 * What goes to stderr for a person is wrapped at spaces to the terminal (issue 26: the notes,
 * the preamble and errors broke mid-word); in a log each message stays one line.
 */
import { describe, expect, it } from 'vitest';
import { commandForStderr, forStderr } from '../../src/cli/terminal-text.js';
import { fakeIo } from '../helpers/fake-io.js';

const LONG =
  'error: a value given to --court is not a court id, and this line is much longer than forty columns';

describe('stderr for a person', () => {
  it('wraps each line at spaces to the terminal, the rest indented', () => {
    const { io } = fakeIo({ stderrIsTTY: true, env: { COLUMNS: '40' } });
    const text = forStderr(io, `${LONG}\n  a detail that is also longer than forty columns wide`);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[1]).toMatch(/^ {2}\S/);
    // Whole words only.
    expect(text.replace(/\s+/g, ' ').trim()).toBe(
      `${LONG} a detail that is also longer than forty columns wide`,
    );
  });

  it('leaves each message one line where stderr is not a terminal (a log)', () => {
    const { io } = fakeIo({ env: { COLUMNS: '40' } });
    expect(forStderr(io, LONG)).toBe(`${LONG}\n`);
  });

  it('continues a command with " \\" between words, never inside quotes', () => {
    const { io } = fakeIo({ stderrIsTTY: true, env: { COLUMNS: '40' } });
    const text = commandForStderr(
      io,
      "nextgen-ready check --court ctd --filer attorney --answers 'my answers.yaml' --no-input",
    );
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.slice(0, -1).every((line) => line.endsWith(' \\'))).toBe(true);
    expect(text).toContain("--answers 'my answers.yaml'");
    expect(text.replace(/ \\\n +/g, ' ').trim()).toBe(
      "nextgen-ready check --court ctd --filer attorney --answers 'my answers.yaml' --no-input",
    );
  });
});
