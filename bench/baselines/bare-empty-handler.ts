/** The floor for a function that uses no AWS SDK client: a handler that only answers. */
export const handler = async () => ({ statusCode: 200, body: '{}' });
