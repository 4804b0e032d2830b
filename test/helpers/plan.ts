/** Builds plans from raw answers against the bundled profiles, as `check` does. */
import { courtFactsOf } from '../../src/cli/plan-input.js';
import { loadCatalog, type Catalog } from '../../src/catalog/catalog.js';
import { checkAnswers, resolveAnswers, type MissingAnswer } from '../../src/plan/answers.js';
import { planCourts } from '../../src/plan/plan.js';
import { isMfaEnrollmentOpen } from '../../src/plan/rules/mfa.js';
import type { Plan, PlanAction } from '../../src/plan/types.js';

let catalog: Promise<Catalog> | undefined;

/** The bundled catalog, loaded once per test file. */
export function bundledCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

/** What the `applies` tests need of each court: the same function `check` uses. */
export const courtFacts = courtFactsOf;

/** A plan from raw answers (as in an answers file); throws on bad or missing answers. */
export async function planFor(
  courts: readonly string[],
  asOf: string,
  raw: Record<string, unknown>,
): Promise<Plan> {
  const cat = await bundledCatalog();
  const { answers: given, problems } = checkAnswers(raw, [...cat.courts.keys()], 'file');
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  const mfaExists = isMfaEnrollmentOpen(cat.national, asOf);
  const { answers, missing } = await resolveAnswers(
    given,
    courtFacts(cat, courts, asOf),
    mfaExists,
  );
  if (missing.length > 0) throw new Error(`missing: ${missing.map(describe).join(', ')}`);
  return planCourts(cat, courts, answers, asOf);
}

const describe = (missing: MissingAnswer) =>
  `${missing.question.id}${missing.court ? `@${missing.court.id}` : ''}`;

/** `id@court` of every action, in order. */
export function actionKeys(plan: Plan): string[] {
  return plan.actions.map((action) => `${action.id}@${action.court ?? 'pacer'}`);
}

/** The one action with this id (and court), or a failure naming what is there. */
export function actionOf(plan: Plan, id: string, court: string | null = null): PlanAction {
  const action = plan.actions.find((a) => a.id === id && (court === null || a.court === court));
  if (!action)
    throw new Error(`no ${id}${court ? `@${court}` : ''} in ${actionKeys(plan).join(', ')}`);
  return action;
}
