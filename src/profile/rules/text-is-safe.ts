import { describeUnsafeText } from '../../safe-text.js';
import { stringsOf, type DataRule } from './rule.js';

/**
 * No string may hold a terminal control character or a bidirectional override: a profile from
 * someone else's repository would otherwise retitle a terminal, clear it, write to the
 * clipboard (OSC 52) or make a URL read backwards wherever the tool shows the text. The
 * message says where, never the text itself.
 */
export const textIsSafe: DataRule<unknown> = {
  id: 'text-is-safe',
  description: 'No string holds a control character or a bidirectional override.',
  check({ data, report }) {
    for (const [path, text] of stringsOf(data)) {
      const unsafe = describeUnsafeText(text);
      if (unsafe) report(path, `holds ${unsafe}; remove it`);
    }
  },
};
