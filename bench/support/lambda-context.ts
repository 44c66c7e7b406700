/** A Lambda context with time to spare, as the functions see one (the batch task stops early near the end). */
export const LAMBDA_CONTEXT = { awsRequestId: 'bench', getRemainingTimeInMillis: () => 120_000 };
