/** `data` and its subcommands: where the feed is kept, what is refused; the work is in data.ts. */
import type { DataUpdateOptions } from '../data.js';
import { exitCodesHelp } from '../exit-codes.js';
import { helpParagraph } from '../help-layout.js';
import type { CommandWiring } from './wire.js';

/** `data` itself runs nothing: it holds the subcommands (commander shows its help). */
export const DATA_HELP: CommandWiring = {
  name: 'data',
  examples: [
    'nextgen-ready data update',
    'nextgen-ready data update --from data.json',
    'nextgen-ready data status',
    'nextgen-ready data diff --format json',
    'nextgen-ready data reset',
  ],
  notes: (_context, width) => [
    helpParagraph(
      "The feed is stored in the user's cache directory (set NEXTGEN_READY_CACHE_DIR to choose another); every command then takes help desks, CM/ECF and web addresses, releases and counties from it, and everything else from the bundled profiles. A fact set by hand in a court's curated file is never changed by it. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.",
      width,
    ),
  ],
};

export const DATA_WIRINGS: readonly CommandWiring[] = [
  {
    name: 'data update',
    examples: [
      'nextgen-ready data update',
      'nextgen-ready data update --from ~/Downloads/data.json',
      'HTTPS_PROXY=http://proxy.firm.example:8080 nextgen-ready data update',
    ],
    notes: (_context, width) => [
      helpParagraph(
        'A feed that is a web page, cut short, of another shape, over 10 MB, missing courts or older than the data in force is refused: the data in force stays as it was.',
        width,
      ),
      helpParagraph(exitCodesHelp('data update'), width),
    ],
    run: async (context, options: DataUpdateOptions) => {
      const { dataUpdate } = await import('../data.js');
      return dataUpdate(options, context.io);
    },
  },
  {
    name: 'data status',
    run: async (context, options: { format: 'text' | 'json' }) => {
      const { dataStatus } = await import('../data.js');
      return dataStatus(options, context.io);
    },
  },
  {
    name: 'data diff',
    run: async (context, options: { format: 'text' | 'json' }) => {
      const { dataDiff } = await import('../data.js');
      return dataDiff(options, context.io);
    },
  },
  {
    name: 'data reset',
    run: async (context) => {
      const { dataReset } = await import('../data.js');
      return dataReset(context.io);
    },
  },
];
