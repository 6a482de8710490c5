import type { ServerResponse } from 'node:http';
import type { DemoConfig } from '../config.js';

/**
 * Headers on every page. Scripts only from the demo itself (no inline script), connections only
 * to the demo and the sandbox's APIs (the address lookup and the consent dialog call them), forms
 * only to the demo and to ID-porten (logout continues there).
 */
export function setSecurityHeaders(res: ServerResponse, config: DemoConfig): void {
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
  res.setHeader('content-security-policy', csp);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
}
