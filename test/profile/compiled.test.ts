/** The compiled catalog the CLI reads must say exactly what the YAML says. */
import { existsSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMPILED_CATALOG, loadCatalog } from '../../src/catalog/catalog.js';
import { summarizeCourt } from '../../src/catalog/court-summary.js';
import { loadBundledYaml } from '../../src/profile/profile-files.js';
import { tempDir } from '../helpers/fixtures.js';

/** The YAML, loaded and validated once for the file (a second of work each time). */
let yamlOnce: ReturnType<typeof loadBundledYaml> | undefined;
const bundledYaml = () => (yamlOnce ??= loadBundledYaml());

describe('the compiled catalog', () => {
  it('exists after the build (npm test builds first)', () => {
    expect(existsSync(COMPILED_CATALOG), 'run `npm run build`').toBe(true);
  });

  it('equals what loading the YAML gives, court by court', async () => {
    const [compiled, yaml] = await Promise.all([loadCatalog(), bundledYaml()]);
    expect(yaml.problems).toEqual([]);
    expect([...compiled.courts.keys()]).toEqual([...yaml.courts.keys()].sort());
    for (const [id, court] of yaml.courts) {
      expect(
        compiled.courts.get(id),
        `${id} differs from courts/${id}.yaml: run \`npm run build\``,
      ).toEqual(court);
    }
    expect(compiled.national).toEqual(yaml.national);
  });

  it('holds every court summary as summarizing its profile gives it', async () => {
    const [compiled, yaml] = await Promise.all([loadCatalog(), bundledYaml()]);
    expect([...compiled.summaries.keys()]).toEqual([...compiled.courts.keys()]);
    for (const [id, court] of yaml.courts) {
      expect(
        compiled.summaries.get(id),
        `${id}'s compiled summary differs: run \`npm run build\``,
      ).toEqual(summarizeCourt(court, yaml.sources));
    }
  });

  it('summarizes a court from --courts-dir from that profile, not the compiled one', async () => {
    const bundled = (await loadCatalog()).courts.get('ctd');
    const dir = tempDir({
      'ctd.yaml': stringify({ ...bundled, name: 'A renamed District of Connecticut' }),
    });
    const catalog = await loadCatalog({ courtsDirs: [dir] });
    expect(catalog.summaries.get('ctd')?.name).toBe('A renamed District of Connecticut');
    expect(catalog.summaries.get('azd')).toEqual((await loadCatalog()).summaries.get('azd'));
  });

  it('adds and replaces courts from --courts-dir on top of it', async () => {
    const catalog = await loadCatalog({ courtsDirs: ['courts'] });
    expect(catalog.courts.size).toBe((await loadCatalog()).courts.size);
    expect(catalog.courts.get('ctd')?.shortName).toBe('District of Connecticut');
  });
});
