/**
 * What `check` and `roster` both read before they settle the answers: the answers file, read
 * and checked, its problems located in the file.
 */
import { UserError } from '../errors.js';
import type { AnswerProblem, GivenAnswers } from '../plan/answers.js';
import { checkAnswers } from '../plan/check-answers.js';
import { findDuplicateJsonKey } from '../io/json-keys.js';
import { readUserFile } from '../io/read-file.js';
import { countOf } from '../counts.js';
import { LIMITS } from '../limits.js';

/**
 * Reads an answers file (YAML or JSON) and checks it; problems carry file:line:column. `-`
 * reads it from stdin (both parse as YAML), with the same limit and checks, named "stdin".
 */
export async function readAnswersFile(
  path: string,
  knownCourts: readonly string[],
): Promise<GivenAnswers> {
  const text = await readUserFile(path, 'answers file', LIMITS.answersFileBytes);
  const file = path === '-' ? 'stdin' : path;
  // Scripts often write JSON, which JSON.parse reads at once; YAML (and JSON with a mistake,
  // to locate it) goes to the YAML parser, loaded only then.
  const yamlSource = async () => {
    const { parseYamlSource } = await import('../io/yaml-source.js');
    const parsed = parseYamlSource(text, file);
    if (parsed.problems.length > 0) {
      throw new UserError(`answers file ${file} is not valid YAML or JSON`, {
        details: parsed.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
      });
    }
    return parsed;
  };
  let value = parseJsonObject(text, file);
  if (value === undefined) value = (await yamlSource()).value;
  const { answers, problems } = checkAnswers(value, knownCourts, 'file');
  if (problems.length > 0) {
    const source = await yamlSource();
    const where = (problem: AnswerProblem) => {
      const { line, column } = source.locate([], problem.key || undefined);
      return `${file}:${line}:${column}: ${problem.message}`;
    };
    throw new UserError(`${countOf(problems.length, 'problem')} in answers file ${file}`, {
      details: problems.map(where),
      hint: 'Run `nextgen-ready questions` for every answer key and its allowed values.',
    });
  }
  return answers;
}

/**
 * The value of a JSON object text, or undefined when the text is not one. JSON.parse keeps the
 * last of two equal keys without a word; a key given twice is refused instead.
 */
function parseJsonObject(text: string, file: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate !== undefined) {
    const before = text.slice(0, duplicate).split(/\r\n|\r|\n/);
    throw new UserError(
      `answers file ${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: a key is given twice in one object`,
      { hint: 'Keep one of them: JSON readers disagree on which one wins.' },
    );
  }
  return value;
}
