import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/io/yaml-source.js';

/** Nine lines of aliases that would expand to 9^9 (387 million) strings. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const previous = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('parseYamlSource', () => {
  it('refuses an alias bomb with a problem, not a crash', () => {
    const started = Date.now();
    const source = parseYamlSource(aliasBomb(), 'answers.yaml');
    expect(source.value).toBeUndefined();
    expect(source.problems).toEqual([
      expect.objectContaining({
        file: 'answers.yaml',
        message: expect.stringMatching(/aliases \(\*name\) expand too far/),
      }),
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('still reads a few aliases', () => {
    expect(parseYamlSource('x: &x yes\ny: *x\n', 'a.yaml').value).toEqual({ x: 'yes', y: 'yes' });
  });
});
