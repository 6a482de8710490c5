import { FellesResponseTooLargeError } from './errors.js';

/** 8 MiB: many times the largest page a Felles API sends, small enough that a hostile answer cannot fill memory. */
export const defaultMaxResponseBytes = 8 * 1024 * 1024;

/**
 * The whole body of `response`, counted while it streams: past `maxBytes` the stream is cancelled (which
 * closes the connection) and a `FellesResponseTooLargeError` is thrown, so at most `maxBytes` are ever held.
 * A `Content-Length` above the limit is refused before reading. `0` or `Infinity` turns the limit off.
 */
export async function readBody(response: Response, maxBytes: number = defaultMaxResponseBytes, url?: string): Promise<Uint8Array<ArrayBuffer>> {
  const limited = maxBytes > 0 && Number.isFinite(maxBytes);
  const tooLarge = () => new FellesResponseTooLargeError(maxBytes, url);
  if (limited && Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) {
    // A response without a stream (some fetch polyfills): read whole, then checked.
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (limited && buffer.byteLength > maxBytes) throw tooLarge();
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (limited && total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const decoder = new TextDecoder();

/** `readBody` as UTF-8 text, like `response.text()` but within the limit. */
export async function readText(response: Response, maxBytes?: number, url?: string): Promise<string> {
  return decoder.decode(await readBody(response, maxBytes, url));
}
