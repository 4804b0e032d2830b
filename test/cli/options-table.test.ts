/** The table of commands and flags (src/options.ts) holds together: what the rest is made of. */
import { describe, expect, it } from 'vitest';
import {
  COMMAND_NAMES,
  COMMANDS,
  OPTION_LIST,
  SETTINGS,
  longFlagOf,
  optionsOf,
} from '../../src/options.js';

const namesOf = (flags: string) => flags.split(/[ ,]+/).filter((word) => word.startsWith('-'));

describe('the table of commands and flags', () => {
  it('describes every command once', () => {
    expect(COMMANDS.map((command) => command.name).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('gives no command two flags of the same name, with the program’s', () => {
    for (const command of COMMAND_NAMES) {
      const names = [...optionsOf('program'), ...optionsOf(command)].flatMap((option) =>
        namesOf(option.flags),
      );
      expect(names.length, command).toBe(new Set(names).size);
    }
  });

  it('says how every value completes, and only values', () => {
    for (const option of OPTION_LIST) {
      const takesValue = /[<[]/.test(option.flags);
      expect(option.complete !== undefined, option.flags).toBe(takesValue);
    }
  });

  it('keys each setting by its flag, read by commands that have the flag', () => {
    expect(SETTINGS.map((setting) => setting.key)).toEqual([
      'courts-dir',
      'answers',
      'as-of',
      'format',
    ]);
    for (const setting of SETTINGS) {
      expect(longFlagOf(setting.option)).toBe(`--${setting.key}`);
      expect(setting.env).toMatch(/^NEXTGEN_READY_[A-Z_]+$/);
      for (const command of setting.commands)
        expect(
          optionsOf(command).map((option) => option.key),
          command,
        ).toContain(setting.key);
    }
  });
});
