/** `validate`: examples; the work is in validate.ts. */
import type { CommandWiring } from './wire.js';

export const VALIDATE_WIRING: CommandWiring = {
  name: 'validate',
  examples: ['nextgen-ready validate', 'nextgen-ready validate ./firm-courts'],
  run: async (context, dirs: string[]) => {
    const { validate } = await import('../commands.js');
    return validate({ dirs }, context.io);
  },
};
