/** A problem found in a data file, located; shared by the YAML loader and the commands. */

/** One problem in a data file. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the value, e.g. `nextGen.goLive.date`; empty for the whole file. */
  path: string;
  message: string;
}

/** Formats a problem as `file:line:column: path: message`. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path
    ? `${where}: ${problem.path}: ${problem.message}`
    : `${where}: ${problem.message}`;
}
