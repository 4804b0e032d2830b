/** `courts`: examples and how its filters combine; the work is in courts.ts. */
import type { CourtsOptions } from '../courts.js';
import { helpParagraph } from '../help-layout.js';
import { globalOptionsOf, type CommandWiring } from './wire.js';

export const COURTS_WIRING: CommandWiring = {
  name: 'courts',
  examples: [
    'nextgen-ready courts',
    'nextgen-ready courts ctd',
    'nextgen-ready courts --state AZ',
    'nextgen-ready courts --county Maricopa --state AZ',
    'nextgen-ready courts --type bankruptcy --state "New York"',
    'nextgen-ready courts --circuit 9 --type district',
    'nextgen-ready courts --search "southern district" --format json',
    'nextgen-ready courts --courts-dir ./firm-courts',
  ],
  notes: (_context, width) => [
    helpParagraph(
      'Filters combine: a court must match all of them. No match is not an error: the list is empty (JSON: []) and a hint goes to stderr.',
      width,
    ),
  ],
  run: async (context, id: string | undefined, options: CourtsOptions) => {
    const { courts } = await import('../courts.js');
    return courts({ ...options, ...globalOptionsOf(context.program), id }, context.io);
  },
};
