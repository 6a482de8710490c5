import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}
export class UnsupportedBodyError extends Error {}

/** Reads a form post (`application/x-www-form-urlencoded`), bounded: the demo's forms are small. */
export async function readForm(req: IncomingMessage, limit = 64 * 1024): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new UnsupportedBodyError(`Expected a form post, got ${type || 'no content type'}`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLargeError(`Form larger than ${limit} bytes`);
  // Read with listeners rather than `for await`: leaving that loop early destroys the socket before
  // the 413 is written, and the client then sees a reset instead of the answer.
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).pause();
      reject(new BodyTooLargeError(`Form larger than ${limit} bytes`));
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
  });
}
