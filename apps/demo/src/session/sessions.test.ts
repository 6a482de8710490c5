import { afterEach, describe, expect, it } from 'vitest';
import { SessionStore, idempotencyKey } from './sessions.js';

let now = 0;
let store: SessionStore;
const open = (options: { idleMs?: number; absoluteMs?: number } = {}) => (store = new SessionStore({ ...options, now: () => now }));

afterEach(() => {
  store?.close();
  now = 0;
});

describe('SessionStore', () => {
  it('creates sessions with random 256-bit ids', () => {
    open();
    const ids = new Set(Array.from({ length: 50 }, () => store.create().id));
    expect(ids.size).toBe(50);
    const session = store.create();
    expect(Buffer.from(session.id, 'base64url')).toHaveLength(32);
  });

  it('ends a session after the idle time and after the absolute time, however busy', () => {
    open({ idleMs: 1000, absoluteMs: 5000 });
    const idle = store.create();
    const busy = store.create();
    now = 900;
    expect(store.get(busy.id)).toBeDefined();
    now = 1500;
    expect(store.get(idle.id)).toBeUndefined();
    for (now = 1500; now < 5000; now += 800) expect(store.get(busy.id)).toBeDefined();
    now = 5001;
    expect(store.get(busy.id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('gives a session a new id on rotation and forgets the old id', () => {
    open();
    const before = store.create();
    before.user = { pid: '14838512470', name: 'Kari', idToken: 'i' };
    const after = store.rotate(before);
    expect(after.id).not.toBe(before.id);
    expect(after.user?.pid).toBe('14838512470');
    expect(store.get(before.id)).toBeUndefined();
    expect(store.get(after.id)).toBe(after);
  });

  it('drops the oldest sessions beyond the most it keeps', () => {
    store = new SessionStore({ maxSessions: 3, now: () => now });
    const [first, second] = [store.create(), store.create(), store.create()];
    const fourth = store.create();
    expect(store.size).toBe(3);
    expect(store.get(first!.id)).toBeUndefined();
    expect(store.get(second!.id)).toBeDefined();
    expect(store.get(fourth.id)).toBeDefined();
  });

  it('never drops a logged-in session to make room for anonymous ones', () => {
    store = new SessionStore({ maxSessions: 3, now: () => now });
    const person = store.create();
    person.user = { pid: '14838512470', name: 'Kari', idToken: 'i' };
    const flood = Array.from({ length: 50 }, () => store.create());
    expect(store.get(person.id)).toBe(person);
    expect(store.size).toBe(3);
    expect(store.get(flood.at(-1)!.id)).toBeDefined();
    expect(store.get(flood[0]!.id)).toBeUndefined();
  });

  it('ends every session of one ID-porten session (front-channel logout), and only those', () => {
    open();
    const user = { pid: '1', name: 'n', idToken: 'i' };
    const [a, b, c] = [store.create(), store.create(), store.create()];
    a.user = { ...user, sid: 'one' };
    b.user = { ...user, sid: 'one' };
    c.user = { ...user, sid: 'two' };
    expect(store.destroyBySid('one')).toBe(2);
    expect([store.get(a.id), store.get(b.id), store.get(c.id)?.id]).toEqual([undefined, undefined, c.id]);
  });
});

describe('idempotencyKey', () => {
  it('gives each decision a random idempotency key, the same for a repeated post, kept across login', () => {
    open();
    const a = store.create();
    const b = store.create();
    const key = idempotencyKey(a, 'accept:5b1b3f7e-0000-4000-8000-000000000001');
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(key).not.toContain('5b1b3f7e');
    expect(idempotencyKey(a, 'accept:5b1b3f7e-0000-4000-8000-000000000001')).toBe(key);
    expect(idempotencyKey(b, 'accept:5b1b3f7e-0000-4000-8000-000000000001')).not.toBe(key);
    expect(idempotencyKey(a, 'reject:5b1b3f7e-0000-4000-8000-000000000001')).not.toBe(key);
    expect(idempotencyKey(store.rotate(a), 'accept:5b1b3f7e-0000-4000-8000-000000000001')).toBe(key);
  });
});
