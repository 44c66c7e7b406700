/** Request headers a browser may send to the API; the CDK preflight and the local one both use this. */
export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key'];
