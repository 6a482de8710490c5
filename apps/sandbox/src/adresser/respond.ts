import type { ServerResponse } from 'node:http';

type Tree = { [key: string]: Tree | true };

/** `filtrer=adresser.kommunenummer,metadata` keeps only those paths; arrays are filtered item by item. */
export function project(value: unknown, paths: string[]): unknown {
  const tree: Tree = {};
  for (const path of paths) {
    let node = tree;
    const parts = path.split('.');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      // A shorter path already keeps the whole subtree: nothing deeper to add.
      if (node[part] === true) break;
      if (i === parts.length - 1) node[part] = true;
      else node = (node[part] ??= {}) as Tree;
    }
  }
  const apply = (v: unknown, t: Tree): unknown => {
    if (Array.isArray(v)) return v.map((item) => apply(item, t));
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(t)) {
      if (!(key in v)) continue;
      const field = (v as Record<string, unknown>)[key];
      out[key] = sub === true ? field : apply(field, sub);
    }
    return out;
  };
  return apply(value, tree);
}

/**
 * `asciiKompatibel=true` (the default) promises ASCII-only output: the real
 * service then escapes æ, ø, å as \u00e6 etc. in the JSON, which every JSON
 * parser reads back as the same text.
 */
export function sendApiJson(res: ServerResponse, status: number, data: unknown, ascii: boolean): void {
  if (res.headersSent || res.destroyed) return;
  let body = JSON.stringify(data);
  if (ascii) body = body.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}
