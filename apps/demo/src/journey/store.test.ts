import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyStore } from './store.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const company = {
  source: 'register' as const,
  organisasjonsnummer: '926535897',
  navn: 'SMAKEBITEN KAFE AS',
  organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
  typed: '926535897',
  savedAt: '2026-01-01T00:00:00Z',
};

describe('JourneyStore', () => {
  it('keeps journeys by pid across a restart, written whole to one file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journeys-'));
    const file = join(dir, 'sub', 'journeys.json');
    const store = await JourneyStore.open(file);
    await store.update('14838512470', 'Kari Nordmann', (j) => {
      j.company = company;
    });
    await Promise.all([1, 2, 3].map((n) => store.update(`0000000000${n}`, `P${n}`, () => undefined)));
    await store.flush();
    expect(await readdir(join(dir, 'sub'))).toEqual(['journeys.json']);
    const again = await JourneyStore.open(file);
    expect(again.get('14838512470')).toMatchObject({
      name: 'Kari Nordmann',
      company,
      progress: { 'register-company': 'done', 'choose-organisation-form': 'done' },
    });
    expect(JSON.parse(await readFile(file, 'utf8')).journeys).toHaveLength(4);
  });

  it('hands out copies, so a page cannot change what is stored by accident', async () => {
    const store = await JourneyStore.open();
    await store.update('1', 'A', (j) => {
      j.company = company;
    });
    const copy = store.get('1')!;
    copy.company!.navn = 'changed';
    expect(store.get('1')?.company?.navn).toBe('SMAKEBITEN KAFE AS');
  });

  it('derives the life event progress from what was done', async () => {
    const store = await JourneyStore.open();
    const journey = await store.update('1', 'A', (j) => {
      j.company = { ...company, source: 'new', organisasjonsnummer: undefined };
      j.licence = {
        consentId: 'x',
        municipality: { kommunenummer: '0301', kommunenavn: 'Oslo', organisasjonsnummer: '958935420' },
        consentStatus: 'pending',
        requestedAt: '',
      };
    });
    expect(journey.progress).toEqual({ 'choose-organisation-form': 'done', 'register-company': 'in-progress', 'serving-licence': 'in-progress' });
  });

  it.each([
    ['cut off mid-write', '{"journeys":[{"pid":"14838512470","na'],
    ['empty', ''],
    ['not the shape it writes', '{"people":[]}'],
    ['a journey without its pid', '{"journeys":[{"name":"Kari"}]}'],
  ])('moves a damaged file (%s) aside as .damaged-<time>, reports it, and starts empty', async (_, content) => {
    dir = await mkdtemp(join(tmpdir(), 'journeys-'));
    const file = join(dir, 'journeys.json');
    await writeFile(file, content);
    const errors: string[] = [];
    const store = await JourneyStore.open(file, { warn: () => {}, error: (message) => errors.push(message) });
    expect(store.get('14838512470')).toBeUndefined();
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^journeys\.json\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(await readFile(join(dir, files[0]!), 'utf8')).toBe(content);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`The journeys file ${file} is damaged`);
    expect(errors[0]).toContain(join(dir, files[0]!));

    // The next write makes a new file beside the damaged one, which stays as it was.
    await store.update('1', 'A', () => undefined);
    expect((await readdir(dir)).sort()).toEqual(['journeys.json', files[0]]);
  });

  it('does not start over a file it cannot read at all', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journeys-'));
    const file = join(dir, 'journeys.json');
    // A folder where the file should be: not damaged content, but nothing the store should move or replace.
    await mkdir(file);
    await expect(JourneyStore.open(file, { warn: () => {}, error: () => {} })).rejects.toThrow(/EISDIR/);
    expect(await readdir(dir)).toEqual(['journeys.json']);
  });
});
