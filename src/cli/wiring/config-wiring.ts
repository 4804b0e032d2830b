/** `config`: where the file is found and what wins; the work is in config-command.ts. */
import { SETTINGS } from '../../options.js';
import { helpParagraph } from '../help-layout.js';
import type { CommandWiring } from './wire.js';

/** "check, roster and courts". */
const listed = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

export const CONFIG_WIRING: CommandWiring = {
  name: 'config',
  examples: [
    'nextgen-ready config',
    'nextgen-ready --config /srv/firm.yaml config --format json',
    'NEXTGEN_READY_FORMAT=json nextgen-ready config',
  ],
  notes: (_context, width) => [
    helpParagraph(
      `The config file is .nextgen-readyrc.yaml or nextgen-ready.config.yaml, found from the current directory up to the home directory (then the home directory itself), or named with --config. Its paths are relative to its own directory. Flags win over the environment variables (${SETTINGS.map((setting) => setting.env).join(', ')}), and they over the file. ${SETTINGS.map((setting) => `\`${setting.key}\` is read by ${listed(setting.commands)}`).join('; ')}; a format a command does not offer is left to its default, and other commands ignore them.`,
      width,
    ),
  ],
  run: async (context, options: { format: 'text' | 'json' }) => {
    const { config } = await import('../config-command.js');
    return config({ ...options, ...context.program.opts<{ config?: string }>() }, context.io);
  },
};
