import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}
export class UnsupportedBodyError extends Error {}

/** Reads a form post (`application/x-www-form-urlencoded`), bounded: the demo's forms are small. */
export async function readForm(req: IncomingMessage, limit = 64 * 1024): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new UnsupportedBodyError(`Expected a form post, got ${type || 'no content type'}`);
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`Form larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
