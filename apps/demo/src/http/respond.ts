import type { ServerResponse } from 'node:http';
import type { Html } from '../html/html.js';

export function sendHtml(res: ServerResponse, status: number, body: Html, headers: Record<string, string | string[]> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body.value);
}

/** 303 See Other: after a POST the browser fetches the target with GET, so a reload never resubmits. */
export function redirect(res: ServerResponse, location: string, status: 302 | 303 = 303): void {
  if (res.headersSent) return;
  res.writeHead(status, { location, 'cache-control': 'no-store' });
  res.end();
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * Only a path on this site is a safe place to send someone back to (no `//evil.example`, no scheme).
 * The check runs on the resolved path, not on the raw value: `/..//evil.example` resolves to
 * `//evil.example`, which a browser reads as another host.
 */
export function safeLocalPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/')) return fallback;
  try {
    const url = new URL(value, 'http://local.invalid');
    const path = `${url.pathname}${url.search}`;
    if (url.origin !== 'http://local.invalid' || path.startsWith('//') || path.startsWith('/\\')) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
