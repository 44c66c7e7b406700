import type { MiddlewareObj } from '@middy/core';
import { type ApiEvent, header } from '../api-event.js';
import { isJsonMediaType, parseJsonBytes, parseJsonText } from '../json-request-body.js';
import { HttpRequestError } from '../request-errors.js';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes, counted before parsing. */
  maxBytes: number;
}

const defaults: JsonBodyOptions = { maxBytes: 32 * 1024 };

/**
 * Refuses anything but a bounded UTF-8 JSON body, then parses it into `event.jsonBody`. API Gateway
 * passes JSON bodies base64-encoded (the API lists them as binary media), so their bytes are
 * checked as sent; a body that still arrives as text is checked for what decoding left behind.
 */
export const jsonBody = (options: Partial<JsonBodyOptions> = {}): MiddlewareObj<ApiEvent> => {
  const { maxBytes } = { ...defaults, ...options };
  return {
    before: ({ event }) => {
      if (!isJsonMediaType(header(event, 'content-type'))) {
        throw new HttpRequestError('unsupported-media-type', 'Body must be application/json in UTF-8');
      }
      const body = event.body ?? '';
      const bytes = event.isBase64Encoded ? Buffer.from(body, 'base64') : undefined;
      if ((bytes?.byteLength ?? Buffer.byteLength(body, 'utf8')) > maxBytes)
        throw new HttpRequestError('payload-too-large', `Body exceeds ${maxBytes} bytes`);
      event.jsonBody = bytes ? parseJsonBytes(bytes) : parseJsonText(body);
    },
  };
};
