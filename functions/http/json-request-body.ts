import { HttpRequestError } from './request-errors.js';

/** The one body type the API reads: JSON, whose charset, if named at all, is UTF-8. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export const isJsonMediaType = (contentType: string | undefined): boolean =>
  contentType !== undefined && JSON_MEDIA_TYPE.test(contentType.trim());

// A decoder leaves U+FFFD where bytes were not UTF-8 — ours, API Gateway's or the sender's own. No
// one writes it on purpose, so a body holding it has already lost bytes and is refused like them.
const REPLACEMENT_CHARACTER = '\uFFFD';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a body that arrived as text (already decoded by whoever passed it on). JSON.parse keeps
 * a `__proto__` key as an ordinary property, so no key in a body can reach a prototype.
 */
export const parseJsonText = (text: string): unknown => {
  if (text.includes(REPLACEMENT_CHARACTER))
    throw new HttpRequestError('malformed-json', 'Body holds U+FFFD: bytes were lost in decoding');
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new HttpRequestError('malformed-json', 'Body is not JSON', { cause });
  }
};

/** Parses a body's bytes as sent, refusing any sequence that is not UTF-8 rather than replacing it. */
export const parseJsonBytes = (bytes: Uint8Array): unknown => {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (cause) {
    throw new HttpRequestError('malformed-json', 'Body is not valid UTF-8', { cause });
  }
  return parseJsonText(text);
};
