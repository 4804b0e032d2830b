/** Builds plans from raw answers against the bundled profiles, as `check` does. */
import { loadCatalog, type Catalog } from '../../src/catalog/catalog.js';
import type { MissingAnswer } from '../../src/plan/answers.js';
import { courtFactsOf } from '../../src/plan/applies-facts.js';
import { settleAnswers } from '../../src/plan/settle.js';
import type { Plan, PlanAction } from '../../src/plan/types.js';

let catalog: Promise<Catalog> | undefined;

/** The bundled catalog, loaded once per test file. */
export function bundledCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

/** What the `applies` tests need of each court: the same function `check` uses. */
export const courtFacts = courtFactsOf;

/**
 * A plan from raw answers (as in an answers file), settled as `check` and `roster` settle
 * them; throws on bad, missing or conflicting answers.
 */
export async function planFor(
  courts: readonly string[],
  asOf: string,
  raw: Record<string, unknown>,
): Promise<Plan> {
  const cat = await bundledCatalog();
  const settled = await settleAnswers({
    catalog: cat,
    knownCourts: [...cat.courts.keys()],
    courtIds: courts,
    asOf,
    sources: [{ raw, origin: 'file' }],
  });
  switch (settled.status) {
    case 'planned':
      return settled.plan;
    case 'problems':
      throw new Error(settled.problems.map((p) => p.message).join('\n'));
    case 'missing':
      throw new Error(`missing: ${settled.missing.map(describe).join(', ')}`);
    case 'conflicts':
      throw new Error(settled.conflicts.join('\n'));
  }
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
