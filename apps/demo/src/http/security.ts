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
  const headers: [string, string][] = [
    ['content-security-policy', csp],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'same-origin'],
    ['x-frame-options', 'DENY'],
    // No other site's window keeps a handle on ours (window.opener), and no other site may embed
    // our pages, scripts or fonts as resources (Spectre-style reads across origins).
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
  // Only over https: a browser remembers it for a year and refuses plain http to the host meanwhile.
  if (config.origin.startsWith('https:')) headers.push(['strict-transport-security', 'max-age=31536000']);
  return headers;
}

export function setSecurityHeaders(res: ServerResponse, headers: SecurityHeaders): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}
