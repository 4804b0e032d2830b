/**
 * The plan as the renderers show it: every string made safe (src/safe-text.ts). Profiles are
 * validated to hold no control characters, so this changes nothing in a normal run; it is what
 * keeps a terminal safe if anything unchecked ever reaches a plan. Each renderer calls it once,
 * at its entry.
 */
import type { Plan } from '../plan/types.js';
import { hasUnsafeText, toSafeText } from '../safe-text.js';

// A roster shares one Plan object between the rows with the same answers: check it once.
const checked = new WeakMap<Plan, Plan>();

/** Every string in `value`, made safe; the same object when nothing needed it. */
function safeCopy<T>(value: T): T {
  if (typeof value === 'string') return toSafeText(value) as T;
  if (Array.isArray(value)) return value.map(safeCopy) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, safeCopy(inner)]),
    ) as T;
  return value;
}

/** True when some string in `value` holds an unsafe character. */
function holdsUnsafeText(value: unknown): boolean {
  if (typeof value === 'string') return hasUnsafeText(value);
  if (Array.isArray(value)) return value.some(holdsUnsafeText);
  if (value !== null && typeof value === 'object')
    return Object.values(value).some(holdsUnsafeText);
  return false;
}

/** The plan with every string safe to show; the plan itself when it already is. */
export function toSafePlan(plan: Plan): Plan {
  let safe = checked.get(plan);
  if (safe === undefined) {
    safe = holdsUnsafeText(plan) ? safeCopy(plan) : plan;
    checked.set(plan, safe);
  }
  return safe;
}
