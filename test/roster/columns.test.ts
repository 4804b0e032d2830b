import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkHeaders, normaliseHeader, rowOf } from '../../src/roster/columns.js';

function headerError(headers: string[]): UserError {
  try {
    checkHeaders(headers, 'team.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('checkHeaders', () => {
  it('maps headers to columns loosely: case, spaces and underscores do not matter', () => {
    expect(normaliseHeader('  Pacer Account ')).toBe('pacer-account');
    expect(checkHeaders(['Name', 'Email', 'COURTS', 'ecf_login', '', 'Account Type'], 'f')).toEqual(
      ['name', 'email', 'courts', 'ecf-login', null, 'account-type'],
    );
  });

  it('names an unknown column and the nearest roster column', () => {
    const error = headerError(['name', 'pacer acount']);
    expect(error.message).toBe(
      'team.csv: column "pacer acount" is not a roster column (did you mean "pacer-account"?)',
    );
    expect(error.hint).toContain('name, email, id, courts, filer');
  });

  it('lists every problem when there are several', () => {
    const error = headerError(['name', 'fileer', 'Name', 'notes']);
    expect(error.message).toBe('team.csv: 3 problems with the columns');
    expect(error.details).toEqual([
      'column "fileer" is not a roster column (did you mean "filer"?)',
      'columns "name" and "Name" are both name',
      'column 4 is not a roster column',
    ]);
  });

  it('needs a name column', () => {
    expect(headerError(['email', 'courts']).message).toBe('team.csv: no "name" column');
  });

  it('refuses a secret-looking column first, naming it and nothing else', () => {
    const error = headerError(['name', 'PACER password', 'notes', 'PIN']);
    expect(error.message).toBe(
      'team.csv: refused: columns "PACER password", "PIN" look like they hold a password, PIN, secret, token or security answer',
    );
    expect(error.details).toEqual([]);
  });
});

describe('rowOf', () => {
  const columns = checkHeaders(['name', 'courts', '', 'filer'], 'f');

  it('keeps non-empty cells by column, trimmed', () => {
    expect(rowOf(4, [' Jane ', 'ctd', '', 'attorney'], columns)).toEqual({
      line: 4,
      cells: { name: 'Jane', courts: 'ctd', filer: 'attorney' },
      problems: [],
    });
  });

  it('treats empty and blank cells as not given', () => {
    expect(rowOf(2, ['Jane', '  ', undefined, null], columns).cells).toEqual({ name: 'Jane' });
  });

  it('reports a value with no header, without quoting it', () => {
    const row = rowOf(3, ['Jane', 'ctd', 'hunter2', 'attorney', 'x'], columns);
    expect(row.problems).toEqual([
      'columns 3, 5 have a value but no header; add a header or delete the values',
    ]);
    expect(row.problems.join()).not.toContain('hunter2');
  });
});
