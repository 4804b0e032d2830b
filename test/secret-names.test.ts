import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from '../src/roster/columns.js';
import { findSecretColumns, looksSecret } from '../src/secret-names.js';

describe('looksSecret', () => {
  it.each([
    'Password',
    'PACER password',
    'pacer_password',
    'pacerPassword',
    'PACERPASSWORD',
    'pwd',
    'PACER pwd',
    'passwd',
    'passcode',
    'Passphrase',
    'PIN',
    'pin code',
    'PINCODE',
    'security answer',
    'Security Question Answer',
    'securityAnswer',
    'secret',
    'client_secret',
    'api token',
    'apiToken',
    'API key',
    'token',
    'MFA code',
    'recovery codes',
    'OTP',
    'credentials',
  ])('refuses %j', (header) => {
    expect(looksSecret(header)).toBe(true);
  });

  it.each([
    'name',
    'email',
    'id',
    'courts',
    'mfa',
    'ecf-login',
    'pacer-account',
    'Opinion',
    'shipping',
    'spinner',
    'Department',
    'Company',
    'passport expiry',
    'bypass',
  ])('accepts %j', (header) => {
    expect(looksSecret(header)).toBe(false);
  });

  it('never flags a roster column', () => {
    expect(findSecretColumns(ROSTER_COLUMNS)).toEqual([]);
  });
});
