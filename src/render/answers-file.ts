/** An answers file, as YAML a person can read and `check --answers` reads back. */
import type { GivenValue } from '../plan/answers.js';

// Question ids, values and court ids are plain words: written as they are. Anything else is
// quoted, so the file always reads back as written.
const PLAIN = /^[a-z0-9][a-z0-9-]*$/;
const scalar = (text: string) => (PLAIN.test(text) ? text : JSON.stringify(text));

/** The YAML text of an answers file: a comment saying how to use it, the courts, the answers. */
export function renderAnswersYaml(
  courts: readonly string[],
  answers: readonly { id: string; value: GivenValue }[],
  comment: readonly string[],
): string {
  const lines = comment.map((line) => `# ${line}`);
  const flow = (value: GivenValue): string =>
    typeof value === 'string'
      ? scalar(value)
      : Array.isArray(value)
        ? `[${(value as readonly string[]).map(scalar).join(', ')}]`
        : `{ ${Object.entries(value)
            .map(([key, each]) => `${scalar(key)}: ${scalar(each)}`)
            .join(', ')} }`;
  lines.push(`courts: ${flow(courts)}`);
  for (const { id, value } of answers) lines.push(`${scalar(id)}: ${flow(value)}`);
  return `${lines.join('\n')}\n`;
}
