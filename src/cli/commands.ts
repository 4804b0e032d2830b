/**
 * The commands that share the plan and the profiles, in one place so the build can bundle them
 * together (dist/commands.cjs) apart from the entry: `--help` loads none of it. `courts` and
 * the text renderer have bundles of their own (they alone need chalk and the finder).
 */
export { check } from './check.js';
export { questions } from './questions.js';
export { validate } from './validate.js';
