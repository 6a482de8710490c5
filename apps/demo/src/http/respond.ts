import type { FastifyReply } from 'fastify';
import type { Html } from '../html/html.js';

export function sendHtml(reply: FastifyReply, status: number, body: Html, headers: Record<string, string> = {}): void {
  if (reply.sent) return;
  reply
    .code(status)
    .headers({ 'cache-control': 'no-store', ...headers })
    .type('text/html; charset=utf-8')
    .send(body.value);
}

/** 303 See Other: after a POST the browser fetches the target with GET, so a reload never resubmits. */
export function redirect(reply: FastifyReply, location: string, status: 302 | 303 | 308 = 303): void {
  if (reply.sent) return;
  reply.header('cache-control', 'no-store').redirect(location, status);
}

/** JSON for the page's own script, never cached. */
export function sendJson(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (reply.sent) return;
  reply
    .code(status)
    .headers({ 'cache-control': 'no-store', ...headers })
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body));
}

export function sendText(reply: FastifyReply, status: number, text: string): void {
  if (reply.sent) return;
  reply.code(status).headers({ 'cache-control': 'no-store' }).type('text/plain; charset=utf-8').send(text);
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
