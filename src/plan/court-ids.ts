/**
 * The one court-id check: `--court`, an answers file's `courts:`, a per-court answer
 * (`--linked ctd=yes`) and a roster's courts cell all name courts through it, so an id is
 * refused (and a near miss suggested) in the same words everywhere.
 */
import { describeRejected } from '../suggest.js';

/** Said after a refused id, where the message has room for what to do. */
export const COURT_IDS_HINT = '`nextgen-ready courts` lists the ids';

/**
 * Why `id` is not one of the `known` court ids, labelled (`--court: "ctx" is not a court id
 * (did you mean "ctb" or "ctd"?)`); undefined when it is one. An id far from every known one is
 * not quoted back: it may be something else typed in the wrong place.
 */
export function unknownCourtId(
  id: string,
  known: readonly string[],
  label: string,
): string | undefined {
  if (known.includes(id)) return undefined;
  return `${label}: ${describeRejected(id, known, 'is not a court id', 'a value', 3)}`;
}
