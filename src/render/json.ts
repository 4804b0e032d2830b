/** The plan as JSON: the plan object itself, never a scrape of the text. */
import type { Plan } from '../plan/types.js';

/** Renders the plan as pretty JSON with a final newline. */
export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
