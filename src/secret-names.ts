/**
 * Columns that look like they hold a secret. The tool never needs a password, PIN, token or
 * security answer, so a roster with such a column is refused whole before anything is
 * planned: a firm that exported one by mistake must not have it copied into checklists.
 */

/** Words that name a secret on their own ("PACER password", "pwd", "PIN", "api token"). */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pw',
  'pass',
  'passcode',
  'passphrase',
  'pin',
  'secret',
  'token',
  'otp',
  'totp',
  'credential',
  'apikey',
  'ssn',
]);

/** Fragments that betray a secret inside a run-together header ("pacerpassword", "apitoken"). */
const SECRET_FRAGMENTS = [
  'password',
  'passwd',
  'passcode',
  'passphrase',
  'secret',
  'token',
  'pincode',
  'pinnumber',
  'apikey',
  'securityanswer',
  'securityquestion',
  'credential',
];

/** Word pairs that name a secret together ("security answer", "api key", "recovery code"). */
const SECRET_PAIRS: readonly (readonly [string, string])[] = [
  ['security', 'answer'],
  ['security', 'question'],
  ['security', 'code'],
  ['api', 'key'],
  ['access', 'key'],
  ['private', 'key'],
  ['recovery', 'code'],
  ['backup', 'code'],
  ['mfa', 'code'],
  ['verification', 'code'],
  ['auth', 'code'],
];

/** "codes" → "code", but "pass" stays. */
const singular = (word: string) =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/** A header's words, lower case and singular: "PACER_Passwords" and "pacerPassword" → pacer, password. */
function wordsOf(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular);
}

/** True when a column header looks like it holds a password, PIN, secret, token or security answer. */
export function looksSecret(header: string): boolean {
  const words = wordsOf(header);
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  const compact = words.join('');
  if (SECRET_FRAGMENTS.some((fragment) => compact.includes(fragment))) return true;
  return SECRET_PAIRS.some(([first, second]) => {
    const at = words.indexOf(first);
    return at >= 0 && words.slice(at + 1).includes(second);
  });
}

/** The headers among `headers` that look secret, in order. */
export function findSecretColumns(headers: readonly string[]): string[] {
  return headers.filter(looksSecret);
}
