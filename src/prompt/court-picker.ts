/**
 * A searchable list to pick several courts at once: type to search (an id, a name, a state),
 * Tab to choose or unchoose the highlighted court, Enter when done. Space types a space, as
 * state names have them ("new york"). Built on @inquirer/core, as inquirer's own prompts
 * are, because none of them both searches and picks several. What matches a search is the
 * caller's decision: this only shows it.
 */
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isTabKey,
  isUpKey,
  makeTheme,
  useKeypress,
  useMemo,
  usePagination,
  usePrefix,
  useState,
} from '@inquirer/core';
import figures from '@inquirer/figures';
import { styleText } from 'node:util';
import { cutToWidth, wrap } from '../render/wrap.js';

/** A line wrapped at spaces to the width, where one is known. */
export function fitLine(line: string, width: number | undefined): string {
  return width === undefined ? line : wrap(line, width, '', '');
}

/** A court's row cut to the width (one column spare: a full line makes some terminals wrap). */
export function fitRow(line: string, width: number | undefined): string {
  return width === undefined ? line : cutToWidth(line, Math.max(20, width - 1));
}

/** A court as the list shows it. */
export interface CourtChoice {
  id: string;
  /** One line: a short name, and where. */
  label: string;
}

export interface CourtPickerConfig {
  message: string;
  /** The courts that match what was typed, best first (all of them for empty text). */
  search: (text: string) => readonly CourtChoice[];
  pageSize?: number;
  /**
   * The terminal's columns: a court's row is cut to them (a row that wrapped would break the
   * page), the other lines wrapped at spaces. Unknown: left to the terminal.
   */
  width?: number;
}

/** Resolves to the chosen court ids, in the order they were chosen. */
export const courtPicker = createPrompt<string[], CourtPickerConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const matches = useMemo(() => config.search(text), [text]);
  const highlighted = matches[Math.min(active, matches.length - 1)];

  useKeypress((key, rl) => {
    setError(undefined);
    if (isEnterKey(key)) {
      // Nothing chosen with Tab: Enter takes the highlighted court, as a plain search does,
      // but only once something was typed: a hurried Enter must not pick the first court.
      const picked =
        chosen.length > 0 ? chosen : highlighted && text.trim() !== '' ? [highlighted.id] : [];
      if (picked.length === 0) {
        setError('Type part of a court name, a state or an id, then choose a court.');
        rl.write(text);
        return;
      }
      setStatus('done');
      done([...picked]);
    } else if (isTabKey(key)) {
      rl.clearLine(0); // The tab is not part of the search.
      rl.write(text);
      if (!highlighted) return;
      setChosen(
        chosen.includes(highlighted.id)
          ? chosen.filter((id) => id !== highlighted.id)
          : [...chosen, highlighted.id],
      );
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      rl.write(text);
      if (matches.length === 0) return;
      const step = isUpKey(key) ? -1 : 1;
      setActive((Math.min(active, matches.length - 1) + step + matches.length) % matches.length);
    } else {
      setText(rl.line);
      setActive(0);
    }
  });

  const page = usePagination({
    items: matches,
    active: Math.max(0, Math.min(active, matches.length - 1)),
    pageSize: config.pageSize ?? 8,
    loop: false,
    renderItem({ item, isActive }) {
      const box = chosen.includes(item.id)
        ? styleText('green', figures.circleFilled)
        : figures.circle;
      const line = fitRow(
        `${isActive ? figures.pointer : ' '}${box} ${item.id.padEnd(6)} ${item.label}`,
        config.width,
      );
      return isActive ? theme.style.highlight(line) : line;
    },
  });
  // After every hook: the engine counts hooks, so a render may not skip one.
  const message = theme.style.message(config.message, status);
  if (status === 'done')
    return `${prefix} ${message} ${theme.style.answer(chosen.length > 0 ? chosen.join(', ') : (highlighted?.id ?? ''))}`;

  const fit = (line: string) => fitLine(line, config.width);
  const lines = [
    matches.length > 0 ? page : theme.style.error(fit(`No court matches "${text}".`)),
    chosen.length > 0 ? fit(`Chosen: ${chosen.join(', ')}`) : '',
    error ? theme.style.error(fit(error)) : '',
    styleText(
      'dim',
      fit('type an id, a name or a state · ↑↓ move · tab choose (several) · enter done'),
    ),
  ];
  return [`${prefix} ${message} ${text}`, lines.filter(Boolean).join('\n')];
});
