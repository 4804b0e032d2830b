import { countOf } from '../counts.js';
import { UserError } from '../errors.js';
import { formatProblem, type Problem } from '../io/problem.js';

/** A profile or procedures file that does not validate. */
export class ProfileError extends UserError {
  override name = 'ProfileError';
  constructor(readonly problems: readonly Problem[]) {
    super(`${countOf(problems.length, 'problem')} in court data`, {
      details: problems.map(formatProblem),
      hint: 'Fix the files named above; `nextgen-ready validate DIR` checks a directory of profiles.',
    });
  }
}
