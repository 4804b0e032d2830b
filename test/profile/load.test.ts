import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/profile/load.js';
import { COURT_RULES } from '../../src/profile/rules/index.js';
import { CourtProfile } from '../../src/profile/schema.js';
import { formatProblem } from '../../src/io/problem.js';

const VALID = `id: xyz
name: Test Court
type: district
jurisdiction: Testland
identitySource: https://example.org/courts
ecf:
  label: CM/ECF
  url: https://ecf.xyz.uscourts.gov
  source: https://example.org/feed
nextGen:
  goLive:
    precision: day
    date: 2020-02-18
    source: seed-004-cacd-nextgen-clerk-notice
helpDesks:
  - label: Help desk
    phone: 213-894-0242
    email: help@xyz.uscourts.gov
    source: https://example.org/feed
`;

function problemsOf(text: string, file = 'courts/xyz.yaml'): string[] {
  const result = parseDataText(text, file, CourtProfile, COURT_RULES);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('loading a court profile', () => {
  it('refuses a source id the registry does not have, suggesting the nearest', () => {
    const known = new Set(['seed-004-cacd-nextgen-clerk-notice', 'pacer-feed-2023-01-10']);
    const text = VALID.replace(
      'source: seed-004-cacd-nextgen-clerk-notice',
      'source: seed-004-cacd-nextgen-clerk-notce',
    );
    const result = parseDataText(text, 'courts/xyz.yaml', CourtProfile, COURT_RULES, known);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'courts/xyz.yaml:14:13: nextGen.goLive.source: source "seed-004-cacd-nextgen-clerk-notce" is not in sources/registry.yaml (did you mean "seed-004-cacd-nextgen-clerk-notice"?); add it there, or cite an https URL',
    ]);
    expect(parseDataText(VALID, 'courts/xyz.yaml', CourtProfile, COURT_RULES, known).ok).toBe(true);
  });

  it('refuses a seed file name or an http URL as a source', () => {
    for (const source of ['004_a41e1d1ccf7e65df.txt', 'http://example.org/feed']) {
      const text = VALID.replace('source: seed-004-cacd-nextgen-clerk-notice', `source: ${source}`);
      expect(problemsOf(text).join('\n')).toContain('nextGen.goLive.source: expected a source id');
    }
  });

  it('accepts a valid profile and fills defaults', () => {
    const result = parseDataText(VALID, 'courts/xyz.yaml', CourtProfile, COURT_RULES);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.related).toEqual([]);
      expect(result.data.procedures).toEqual({});
    }
  });

  it.each([
    {
      name: 'a misspelt key, with the nearest allowed key',
      text: VALID.replace('helpDesks:', 'helpdesks:'),
      expected:
        'courts/xyz.yaml:15:1: unknown key "helpdesks" (did you mean "helpDesks"?); allowed keys: id, name, shortName,',
    },
    {
      name: 'a value outside the enum',
      text: VALID.replace('type: district', 'type: distrct'),
      expected:
        'courts/xyz.yaml:3:7: type: "distrct" is not allowed (did you mean "district"?); expected one of: district, bankruptcy, appellate',
    },
    {
      name: 'a date that does not exist',
      text: VALID.replace('date: 2020-02-18', 'date: 2020-02-30'),
      expected:
        'courts/xyz.yaml:13:11: nextGen.goLive.date: expected a real date written YYYY-MM-DD, got "2020-02-30"',
    },
    {
      name: 'a fact without its source',
      text: VALID.replace('  source: https://example.org/feed\nnextGen', 'nextGen'),
      expected: 'courts/xyz.yaml:7:3: ecf.source: missing: expected string or array',
    },
    {
      name: 'a plain http URL without a reason',
      text: VALID.replace('url: https://ecf.xyz', 'url: http://ecf.xyz'),
      expected:
        'courts/xyz.yaml:8:8: ecf.url: expected an https URL; a plain http URL needs `httpReason` saying why it is kept',
    },
    {
      name: 'an e-mail with a look-alike letter',
      text: VALID.replace('help@xyz', 'hеlp@xyz'),
      expected:
        'courts/xyz.yaml:18:12: helpDesks[0].email: expected a plain ASCII e-mail address (check for look-alike letters), got "hеlp@xyz.uscourts.gov"',
    },
    {
      name: 'an unknown go-live precision',
      text: VALID.replace('precision: day', 'precision: dayy'),
      expected:
        'courts/xyz.yaml:12:16: nextGen.goLive.precision: "dayy" is not allowed (did you mean "day"?); expected one of: day, window, month, expected-month, unknown',
    },
    {
      name: 'an id that does not match the file name',
      text: VALID,
      file: 'courts/abc.yaml',
      expected: 'courts/abc.yaml:1:5: id: id "xyz" must match the file name "abc.yaml"',
    },
    {
      name: 'a YAML syntax error (a key given twice)',
      text: VALID.replace('type: district', 'type: district\nname: Other'),
      expected: 'courts/xyz.yaml:4:1: YAML syntax: Map keys must be unique',
    },
    {
      name: 'an override of a procedure that does not exist',
      text: `${VALID}procedures:\n  link-account:\n    steps: [Do it.]\n    source: https://example.org/x\n`,
      expected:
        'courts/xyz.yaml:21:3: procedures: unknown key "link-account" (did you mean "link-ecf-account"?)',
    },
    {
      name: 'an unknown placeholder in a step',
      text: `${VALID}procedures:\n  link-ecf-account:\n    steps:\n      - Go to {court.url} now.\n    source: https://example.org/x\n`,
      expected:
        'courts/xyz.yaml:23:9: procedures.link-ecf-account.steps[0]: unknown placeholder {court.url}; allowed: {court.name}',
    },
    {
      name: 'dated facts that contradict each other',
      text: VALID.replace('helpDesks:', 'nextGenExtra:')
        .replace('nextGenExtra:', 'helpDesks:')
        .replace(
          '    source: seed-004-cacd-nextgen-clerk-notice\n',
          '    source: seed-004-cacd-nextgen-clerk-notice\n  liveBy:\n    date: 2019-01-01\n    source: https://example.org/feed\n',
        ),
      expected:
        'courts/xyz.yaml:16:11: nextGen.liveBy.date: the dated facts contradict each other: go-live cannot be after 2020-02-18 and by 2019-01-01',
    },
    {
      name: 'unquoted text with a colon, read as a map',
      text: `${VALID}procedures:\n  link-ecf-account:\n    steps:\n      - Note: this breaks.\n    source: https://example.org/x\n`,
      expected:
        'courts/xyz.yaml:23:9: procedures.link-ecf-account.steps[0]: expected string, got a map (unquoted text containing ": " is read as a map',
    },
    {
      name: 'a terminal escape in a string (it would retitle and clear the terminal)',
      text: VALID.replace('name: Test Court', 'name: "Test\\e]0;PWNED\\a\\e[2J Court"'),
      expected:
        'courts/xyz.yaml:2:7: name: holds a terminal escape (ESC) (U+001B) at character 5; remove it',
    },
    {
      name: 'an OSC 52 clipboard write in a help desk label',
      text: VALID.replace('label: Help desk', 'label: "Help\\e]52;c;aGk=\\a"'),
      expected: 'helpDesks[0].label: holds a terminal escape (ESC) (U+001B) at character 5',
    },
    {
      name: 'a bidirectional override in a URL',
      text: VALID.replace(
        'url: https://ecf.xyz.uscourts.gov',
        'url: "https://ecf.xyz.uscourts.gov/\\u202Efdp.exe"',
      ),
      expected: 'ecf.url: holds a bidirectional override (U+202E) at character 30; remove it',
    },
    {
      name: 'a URL whose credentials part hides the host it goes to',
      text: VALID.replace(
        'url: https://ecf.xyz.uscourts.gov',
        'url: https://ecf.xyz.uscourts.gov@evil.example/',
      ),
      expected:
        'courts/xyz.yaml:8:8: ecf.url: the URL has a user name or password part (text before "@"), which hides the host it goes to; remove it',
    },
    {
      name: 'a source URL with a password in it',
      text: VALID.replace(
        'identitySource: https://example.org/courts',
        'identitySource: https://user:hunter2@example.org/courts',
      ),
      expected: 'identitySource: the URL has a user name or password part',
    },
  ])('reports $name at its line and column', ({ text, file, expected }) => {
    const problems = problemsOf(text, file);
    expect(
      problems.some((problem) => problem.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    const text = VALID.replace('type: district', 'type: court')
      .replace('date: 2020-02-18', 'date: someday')
      .replace('helpDesks:', 'helpdesk:');
    const problems = problemsOf(text);
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(':').slice(0, 2).join(':'))).toEqual([
      'courts/xyz.yaml:3',
      'courts/xyz.yaml:13',
      'courts/xyz.yaml:15',
    ]);
  });

  it('never quotes the URL that carries credentials', () => {
    const problems = problemsOf(
      VALID.replace(
        'identitySource: https://example.org/courts',
        'identitySource: https://user:hunter2@example.org/courts',
      ),
    );
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('takes ACMS facts only for a court of appeals, each move dated', () => {
    const acms = `acms:
  status: moved
  moves:
    - cases: all-new
      from: 2023-10-01
      source: https://example.org/acms
  checked: 2026-11-23
`;
    const withAcms = (text: string) => text.replace('helpDesks:', `${acms}helpDesks:`);
    expect(problemsOf(withAcms(VALID))).toEqual([
      "courts/xyz.yaml:16:3: acms: only a court of appeals files in ACMS; this court's type is district",
    ]);
    const appellate = withAcms(VALID.replace('type: district', 'type: appellate'));
    expect(problemsOf(appellate)).toEqual([]);
    expect(problemsOf(appellate.replace('      from: 2023-10-01\n', ''))).toEqual([
      'courts/xyz.yaml:18:7: acms.moves[0].from: a move needs `from`, `to` or both',
    ]);
  });

  it('reports an empty file', () => {
    expect(problemsOf('')).toEqual(['courts/xyz.yaml:1:1: the file is empty']);
  });
});
