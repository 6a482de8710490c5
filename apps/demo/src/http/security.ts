import type { ServerResponse } from 'node:http';
import type { DemoConfig } from '../config.js';

/** Header names and values, built once per server. */
export type SecurityHeaders = readonly (readonly [name: string, value: string])[];

/**
 * Headers on every page. Scripts only from the demo itself (no inline script), connections only
 * to the demo and the sandbox's APIs (the address lookup and the consent dialog call them), forms
 * only to the demo and to ID-porten (logout continues there). They depend only on the
 * configuration, so they are built once when the server starts, not per request.
 */
export function securityHeaders(config: DemoConfig): SecurityHeaders {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${config.sandboxOrigin}`,
    `form-action 'self' ${config.sandboxOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  return [
    ['content-security-policy', csp],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'same-origin'],
    ['x-frame-options', 'DENY'],
  ];
}

export function setSecurityHeaders(res: ServerResponse, headers: SecurityHeaders): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}
