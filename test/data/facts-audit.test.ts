/**
 * The facts audit of December 2026 (shared/research/facts-audit-2026-12.md): each wrong or
 * stale fact it found, as the court's own page gives it now. Each case fails on the data as it
 * was before the audit.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { CourtProfile } from '../../src/profile/schema.js';

const catalog = await loadCatalog();
const court = (id: string) => catalog.courts.get(id) as CourtProfile;
const desks = (id: string) => court(id).helpDesks;
const phones = (id: string) => desks(id).map((desk) => desk.phone);
const emails = (id: string) => desks(id).map((desk) => desk.email?.toLowerCase());

describe('help desks, as the courts’ own pages give them', () => {
  it('cod: the ECF Help Desk (toll free and e-mail), not only the admissions line', () => {
    expect(desks('cod')).toContainEqual(
      expect.objectContaining({ phone: '866-365-6381', email: 'cod_cmecf@cod.uscourts.gov' }),
    );
  });
  it('txwd: its CM/ECF help desk e-mail', () => {
    expect(emails('txwd')).toContain('txwd_ecf_help@txwd.uscourts.gov');
  });
  it('cafc: the Clerk’s Office 202-275-8000, not the 202-275-8025 no page gives', () => {
    expect(phones('cafc')).toContain('202-275-8000');
    expect(phones('cafc')).not.toContain('202-275-8025');
  });
  it('nvd: the southern (Las Vegas) and northern (Reno) help desks', () => {
    expect(phones('nvd')).toEqual(expect.arrayContaining(['702-464-5555', '775-686-5800']));
  });
  it('cacd: the help desk’s hours reduced since September 2, 2025', () => {
    const desk = desks('cacd').find((each) => each.phone === '213-894-0242');
    expect(desk?.hours).toMatch(/10:00 a\.m\. until 12:00 p\.m\. and 2:00 p\.m\. until 4:00 p\.m\./);
    expect(desk?.checked).toBe('2026-12-06');
  });
  it('utb: 801-450-3443, the court’s number since 2025', () => {
    expect(phones('utb')).toContain('801-450-3443');
    expect(phones('utb')).not.toContain('801-524-6576');
  });
  it.each([
    ['flsb', 'cmecf_support@flsb.uscourts.gov'],
    ['ca3', 'ecf_helpdesk@ca3.uscourts.gov'],
    ['ca1', 'ca01ecfhelpdesk@ca1.uscourts.gov'],
    ['lamd', 'cmecfhelpdesk@lamd.uscourts.gov'],
  ])('%s: the CM/ECF help desk’s own e-mail, %s', (id, email) => {
    expect(emails(id)).toContain(email);
  });
  it.each([
    ['wawd', '206-370-8440'],
    ['lamd', '225-389-3552'],
    ['ilnd', '312-435-5671'],
  ])('%s: the number the court also gives, %s', (id, phone) => {
    expect(phones(id)).toContain(phone);
  });
  it('ca9: its own help desk, not the Bankruptcy Appellate Panel’s number as the court’s', () => {
    expect(phones('ca9')).not.toContain('626-229-7220');
    expect(emails('ca9')).toContain('efilerhelp@ca9.uscourts.gov');
  });
  it('akb, neb, mtb, gub: no named person’s or another court’s address as a help desk', () => {
    for (const id of ['akb', 'neb', 'mtb', 'gub'])
      for (const email of emails(id))
        expect(email ?? '', id).not.toMatch(/janet_stafford|cheri_sorensen|denali_elmore|chambers@gud/);
  });
});

describe('go-live days a court’s own page gives', () => {
  it.each([
    ['ca1', '2017-08-21'],
    ['ca7', '2018-09-10'],
    ['pamd', '2020-06-29'],
    ['mdb', '2021-05-10'],
    ['meb', '2021-07-12'],
    ['ilsb', '2021-09-13'],
    ['vtd', '2021-06-07'],
    ['gud', '2019-12-14'],
    ['nyeb', '2021-01-19'],
  ])('%s went (or was to go) live on %s', (id, day) => {
    const goLive = court(id).nextGen.goLive;
    expect(goLive.precision).toBe('day');
    expect(goLive.precision === 'day' && goLive.date).toBe(day);
  });
});

describe('the pro se path in the Central District of California', () => {
  it('gives L.R. 5-4.1.1’s G-80 form within five days', () => {
    const steps = court('cacd').procedures['get-pro-se-permission']?.steps ?? [];
    const texts = steps.map((step) => (typeof step === 'string' ? step : step.text));
    expect(texts.join(' ')).toMatch(/G-80 form within five \(5\) days/);
  });
});
