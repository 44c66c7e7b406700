import type { MiddlewareObj } from '@middy/core';
import { header, type ApiEvent } from '../api-event.js';
import { HttpRequestError } from '../request-errors.js';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes, counted before parsing. */
  maxBytes: number;
}

const defaults: JsonBodyOptions = { maxBytes: 32 * 1024 };

const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** Refuses anything but a bounded UTF-8 JSON body, then parses it into `event.jsonBody`. */
export const jsonBody = (options: Partial<JsonBodyOptions> = {}): MiddlewareObj<ApiEvent> => {
  const { maxBytes } = { ...defaults, ...options };
  return {
    before: ({ event }) => {
      const contentType = header(event, 'content-type');
      if (!contentType || !JSON_MEDIA_TYPE.test(contentType.trim())) {
        throw new HttpRequestError('unsupported-media-type', 'Body must be application/json in UTF-8');
      }
      const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64') : Buffer.from(event.body ?? '', 'utf8');
      if (raw.byteLength > maxBytes) throw new HttpRequestError('payload-too-large', `Body exceeds ${maxBytes} bytes`);
      try {
        event.jsonBody = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch (cause) {
        throw new HttpRequestError('malformed-json', 'Body is not valid UTF-8 JSON', { cause });
      }
    },
  };
};
