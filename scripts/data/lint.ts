/**
 * `npm run lint` (part): the data lint. Every bundled profile through the loader (schema and
 * every rule of src/profile/rules/, as `validate` runs them), then the repository's own rules
 * (scripts/data/repo-rules.ts). Each finding is `file:line:column: path: message (rule)`, with
 * a tip line where one command fixes it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../../src/io/problem.js';
import { formatPath, parseYamlSource } from '../../src/io/yaml-source.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import { SEED_FILE } from '../../src/profile/schema.js';
import { readDataFiles, ROOT } from './data-files.js';
import { REPO_RULES, seedReader, type BundledData } from './repo-rules.js';

/** Every problem of the bundled data, formatted, with tips; empty when all is well. */
export async function lintData(root = ROOT): Promise<string[]> {
  const { loadBundledYaml } = await import('../../src/profile/profile-files.js');
  const out: string[] = [];
  const loaded = await loadBundledYaml();
  out.push(...loaded.problems.map(formatProblem));
  const files = readDataFiles(root);
  const data: BundledData = {
    files,
    courts: loaded.courts,
    registry: loaded.sources,
    citedElsewhere: new Set(
      QUESTIONS.flatMap((question) => question.options.flatMap((option) => option.source ?? [])),
    ),
    seeds: readdirSync(join(root, 'sources', 'seeds')).filter((name) => SEED_FILE.test(name)),
    seedText: seedReader(root),
  };
  for (const rule of REPO_RULES) {
    const findings = rule.check(data);
    for (const finding of findings) {
      const file = files.find((each) => each.path === finding.file);
      const where =
        file && finding.path
          ? parseYamlSource(file.text, file.path).locate(finding.path)
          : { line: 1, column: 1 };
      const problem: Problem = {
        file: finding.file,
        ...where,
        path: finding.path ? formatPath(finding.path) : '',
        message: `${finding.message} (${rule.id})`,
      };
      out.push(formatProblem(problem));
    }
    if (findings.length > 0 && rule.tip) out.push(`  tip: ${rule.tip}`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = await lintData();
  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    console.error(`data lint: ${problems.filter((line) => !line.startsWith('  tip:')).length} problem(s)`);
    process.exitCode = 1;
  }
}
