import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal } from './journal.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'journal-')), 'sub', 'log.jsonl');

describe('Journal', () => {
  it('creates its folder, appends lines and replays them in order after reopening', () => {
    const path = fresh();
    const first = Journal.open<{ n: number }>(path);
    expect(first.entries).toEqual([]);
    for (let n = 1; n <= 3; n++) first.journal.append({ n });
    first.journal.close();
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
    const again = Journal.open<{ n: number }>(path);
    expect(again.entries).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    again.journal.close();
  });

  it('cuts off a torn last line (a crash mid-write) and keeps appending after the last whole one', () => {
    const path = fresh();
    const { journal } = Journal.open<{ n: number }>(path);
    journal.append({ n: 1 });
    journal.close();
    appendFileSync(path, '{"n":2,"half');
    const reopened = Journal.open<{ n: number }>(path);
    expect(reopened.entries).toEqual([{ n: 1 }]);
    reopened.journal.append({ n: 3 });
    reopened.journal.close();
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":3}\n');
  });

  it('refuses to start on a damaged line that is not the last', () => {
    const path = fresh();
    Journal.open(path).journal.close();
    writeFileSync(path, '{"n":1}\nnot json\n{"n":3}\n');
    expect(() => Journal.open(path)).toThrow(/line 2 is not JSON/);
  });

  it('keeps non-ASCII text whole', () => {
    const path = fresh();
    const { journal } = Journal.open<{ text: string }>(path);
    journal.append({ text: 'Brønnøysundregistarat, Vearroetáhtta' });
    journal.close();
    expect(Journal.open<{ text: string }>(path).entries[0]!.text).toBe('Brønnøysundregistarat, Vearroetáhtta');
  });
});
