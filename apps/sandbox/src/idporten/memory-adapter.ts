import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number | undefined;
}

/**
 * Keeps sessions, codes and tokens in memory, on purpose: a restarted sandbox
 * (with new signing keys) starts clean, as after a key rotation. Our own small
 * store so oidc-provider does not warn that its quick-start adapter is in use.
 */
function key(model: string, id: string): string {
  return `${model}:${id}`;
}

interface Stores {
  byModel: Map<string, Map<string, Entry>>;
  grants: Map<string, Set<string>>;
}

/** One store per provider, so two sandboxes in one process (tests of issuer mix-up) share nothing. */
export function createMemoryAdapter(): (model: string) => Adapter {
  const stores: Stores = { byModel: new Map(), grants: new Map() };
  return (model) => new MemoryAdapter(model, stores);
}

class MemoryAdapter implements Adapter {
  readonly #store: Map<string, Entry>;
  readonly #stores: Stores;

  constructor(
    readonly model: string,
    stores: Stores,
  ) {
    this.#stores = stores;
    let store = stores.byModel.get(model);
    if (!store) stores.byModel.set(model, (store = new Map()));
    this.#store = store;
  }

  #get(id: string): AdapterPayload | undefined {
    const entry = this.#store.get(key(this.model, id));
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.#store.delete(key(this.model, id));
      return undefined;
    }
    return entry.payload;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    this.#store.set(key(this.model, id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    if (payload.grantId) {
      const ids = this.#stores.grants.get(payload.grantId) ?? new Set<string>();
      ids.add(key(this.model, id));
      this.#stores.grants.set(payload.grantId, ids);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#get(id);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return [...this.#store.values()].find((entry) => entry.payload.userCode === userCode)?.payload;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    for (const [storeKey, entry] of this.#store) {
      if (entry.payload.uid === uid) return this.#get(storeKey.slice(this.model.length + 1));
    }
    return undefined;
  }

  async consume(id: string): Promise<void> {
    const payload = this.#get(id);
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.#store.delete(key(this.model, id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const storeKey of this.#stores.grants.get(grantId) ?? []) {
      const model = storeKey.slice(0, storeKey.indexOf(':'));
      this.#stores.byModel.get(model)?.delete(storeKey);
    }
    this.#stores.grants.delete(grantId);
  }
}
