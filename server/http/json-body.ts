/**
 * The JSON body parser of head office: refuses, before parsing, a body nested deeper than any request
 * of the protocol can be (a payload nested thousands deep would otherwise reach the validators and the
 * database), then parses with Fastify's own parser (which also refuses prototype poisoning).
 */
import type { FastifyInstance } from 'fastify';

/** The envelope, a change, its payload and a value nested as deep as head office accepts (shared/sync/change-check.ts). */
export const MAX_BODY_DEPTH = 32;

/** How deep arrays and objects nest in a JSON text, counted without parsing it; strings are skipped. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isInString) {
      if (code === 92) index++;
      else if (code === 34) isInString = false;
    } else if (code === 34) isInString = true;
    else if (code === 123 || code === 91) deepest = Math.max(deepest, ++depth);
    else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

class BodyRefusal extends Error {
  readonly statusCode = 400;
  readonly code = 'body-too-deep';
}

export function useJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepth(body as string) > MAX_BODY_DEPTH) {
      done(new BodyRefusal('body nested too deep'), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
