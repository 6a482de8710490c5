import type { IncomingMessage, ServerResponse } from 'node:http';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Storybook (:6006) and browser tests (random ports) all run on loopback; nothing else may call the sandbox. */
export function isLoopbackOrigin(origin: string | undefined): origin is string {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Adds CORS headers for loopback origins. Returns true when the request was a
 * preflight and has been answered (preflights never get faults).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!isLoopbackOrigin(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('vary', 'Origin');
  // Clients read Retry-After to wait the time a 429/503 asks for.
  res.setHeader('access-control-expose-headers', 'Retry-After, Location, ETag, Link');
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
