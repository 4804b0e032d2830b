/** The plan as JSON: the plan object itself, never a scrape of the text. */
import type { Plan } from '../plan/types.js';
import { toSafeJson } from '../safe-text.js';

/** Renders the plan as pretty JSON with a final newline; its bytes are safe for a terminal. */
export function renderJson(plan: Plan): string {
  return `${toSafeJson(JSON.stringify(plan, null, 2))}\n`;
}
