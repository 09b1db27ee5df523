import type { IncomingMessage } from 'node:http';

/**
 * Reads at most `limit` bytes of a request body. A body that says or turns out to be longer is
 * refused without reading on, so no sender can make the server hold more than `limit`. Under Node,
 * `incoming` (the raw request) is read directly: much cheaper than its web-stream wrapper.
 */
export async function readBody(
  request: Request,
  limit: number,
  incoming?: IncomingMessage,
): Promise<Uint8Array | 'too-large'> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return 'too-large';
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (incoming) {
    for await (const chunk of incoming as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) return 'too-large';
      chunks.push(chunk);
    }
  } else if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return 'too-large';
      }
      chunks.push(value);
    }
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
