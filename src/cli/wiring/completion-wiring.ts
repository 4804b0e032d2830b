/** `completion`: where each shell's script goes; the work is in completion.ts. */
import { helpParagraph } from '../help-layout.js';
import type { Shell } from '../completion.js';
import type { CommandWiring } from './wire.js';

export const COMPLETION_WIRING: CommandWiring = {
  name: 'completion',
  examples: [
    'source <(nextgen-ready completion bash)',
    'nextgen-ready completion bash > nextgen-ready',
    'nextgen-ready completion zsh > _nextgen-ready',
    'nextgen-ready completion fish > nextgen-ready.fish',
  ],
  notes: (_context, width) => [
    helpParagraph(
      "Put the bash script in bash-completion's completions directory, the zsh one in a directory of $fpath, the fish one in fish's completions directory (docs/reference.md says where). It is generated from this version: write it again after an upgrade.",
      width,
    ),
  ],
  run: async (context, shell: Shell) => {
    const { completion } = await import('../completion.js');
    return completion(shell, context.io);
  },
};
