import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

export const idMatchesFileName: DataRule<CourtProfile> = {
  id: 'id-matches-file-name',
  description: "A profile's id is its file's name.",
  check({ data, fileId, report }) {
    if (data.id !== fileId)
      report(['id'], `id "${data.id}" must match the file name "${fileId}.yaml"`);
  },
};
