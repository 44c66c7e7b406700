/** What a log may keep of an error: its kind, message and stack, down its chain of causes. */
export interface ErrorSummary {
  name: string;
  message: string;
  stack?: string;
  cause?: ErrorSummary;
}

const MAX_CAUSES = 5;

/**
 * An error as a log line may hold it. Powertools writes every enumerable field of an error, and
 * SDK errors carry the request's data: a failed condition returns the stored item (an iqama number,
 * a phone) in `Item`, and every SDK error its raw `$response`. Only the name, message and stack of
 * the error and its causes are kept.
 */
export const errorSummary = (error: unknown, depth = 0): ErrorSummary => {
  if (!(error instanceof Error)) return { name: typeof error, message: 'A value that is not an Error was thrown' };
  const summary: ErrorSummary = { name: error.name, message: error.message, stack: error.stack };
  if (error.cause !== undefined && depth < MAX_CAUSES) summary.cause = errorSummary(error.cause, depth + 1);
  return summary;
};
