/**
 * HTTP compression both ways. Answers: brotli at quality 4 when the device asks for it (a pull page
 * shrinks about twentyfold for a few milliseconds of CPU per megabyte), gzip otherwise. zstd would be
 * the better trade, but Node 20's zlib has no zstd (it came with Node 22.15).
 * Requests: a device may send its push gzip- or brotli-compressed once it has read head office's
 * `Accept-Encoding` answer header (RFC 7694). The body limit is checked on the DECODED body, as Fastify
 * counts the bytes of the stream the decompressor hands it: a small compressed body that inflates
 * past the limit (a zip bomb) is cut off there and refused, nothing written.
 */
import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** The request encodings head office reads, as it advertises them. */
export const REQUEST_ENCODINGS = ['gzip', 'br'] as const;

/** Below this an answer goes as it is: the headers and the compressor's frame would eat the gain. */
const THRESHOLD_BYTES = 1024;

/** Registered before the routes: the plugin decorates each route as it is added. */
export function useCompression(app: FastifyInstance): void {
  void app.register(compress, {
    encodings: ['br', 'gzip'],
    requestEncodings: [...REQUEST_ENCODINGS],
    threshold: THRESHOLD_BYTES,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('accept-encoding', REQUEST_ENCODINGS.join(', '));
    return payload;
  });
}
