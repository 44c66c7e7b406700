/** Errors about the HTTP request itself, before any domain rule is asked. */
export class HttpRequestError extends Error {
  constructor(
    readonly code:
      | 'bad-request'
      | 'malformed-json'
      | 'unsupported-media-type'
      | 'payload-too-large'
      | 'unauthenticated'
      | 'forbidden'
      | 'not-found',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'HttpRequestError';
  }
}
