/** Fixtures shared by the tests: a filer with nothing left to do, and temporary directories. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An attorney with an upgraded, linked, MFA-enrolled account: vary one answer at a time. */
export const READY_ANSWERS: Readonly<Record<string, string>> = {
  filer: 'attorney',
  'pacer-account': 'individual',
  'account-type': 'upgraded',
  mfa: 'enrolled',
  'firm-billing': 'no',
  linked: 'yes',
  cja: 'no',
  bankruptcy: 'no',
};

/** A filer with an upgraded, MFA-enrolled account and no CM/ECF login in the court: joining it. */
export const NEW_HERE_ANSWERS: Readonly<Record<string, string>> = {
  'pacer-account': 'individual',
  'account-type': 'upgraded',
  mfa: 'enrolled',
  linked: 'no',
  'ecf-login': 'none',
};

/** Answers as command-line flags: `--filer attorney --pacer-account individual ...`. */
export function answerFlags(answers: Readonly<Record<string, string>>): string[] {
  return Object.entries(answers).flatMap(([id, value]) => [`--${id}`, value]);
}

/** A new temporary directory holding these files. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nextgen-ready-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
