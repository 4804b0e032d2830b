/**
 * `roster --template`: the header with every column and one example row, so firm IT starts
 * from a file the tool reads as it is. The example row is a real, valid answer set.
 */
import { ROSTER_COLUMNS, type RosterColumn } from './columns.js';

/** One attorney, every column filled where it applies to her. */
const EXAMPLE: Record<RosterColumn, string> = {
  name: 'Doe, Jane',
  email: 'jane.doe@example.com',
  id: 'E1001',
  courts: 'ctd;utd',
  filer: 'attorney',
  purpose: 'file-in-case',
  'pacer-account': 'individual',
  'account-type': 'legacy',
  mfa: 'enrolled',
  'firm-billing': 'yes',
  linked: 'ctd=yes;utd=no',
  'ecf-login': 'known',
  admission: '',
  cja: 'ctd=no;utd=yes',
  'exempt-account': 'no',
  'cja-exemption': 'no',
  bankruptcy: 'no',
  problems: 'update-secondary-email',
};

/** The template as CSV text (CRLF, as Excel writes it). */
export async function renderTemplate(): Promise<string> {
  const { csvText } = await import('./csv-write.js');
  return csvText([ROSTER_COLUMNS, ROSTER_COLUMNS.map((column) => EXAMPLE[column])]);
}
