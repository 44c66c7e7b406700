import { setTimeout } from 'node:timers/promises';
import { type CancellationReason, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentChange } from '../../domain/shared/errors.js';

/** Concurrent duplicates settle within one transaction's time; a few short retries absorb them. */
const CONFLICT_ATTEMPTS = 4;
const CONFLICT_BACKOFF_MS = 20;

/** Why the item at `index` of a cancelled transaction failed its condition, or undefined when it did not. */
export const failedConditionAt = (
  error: TransactionCanceledException,
  index: number,
): CancellationReason | undefined => {
  const reason = error.CancellationReasons?.[index];
  return reason?.Code === 'ConditionalCheckFailed' ? reason : undefined;
};

/** Whether the item at `index` of a cancelled transaction failed its condition. */
export const conditionFailedAt = (error: TransactionCanceledException, index: number) =>
  failedConditionAt(error, index) !== undefined;

/** Whether a cancelled transaction met another one on the same items: trying again may succeed. */
export const conflicted = (error: TransactionCanceledException) =>
  error.CancellationReasons?.some((reason) => reason.Code === 'TransactionConflict') ?? false;

/** A short, jittered pause before the next attempt. */
export const conflictPause = (attempt: number) => setTimeout(CONFLICT_BACKOFF_MS * attempt * (0.5 + Math.random()));

/**
 * Writes the items in one transaction, trying again while it meets a concurrent one on the same
 * items (a duplicate mid-flight: once that lands, this one's conditions decide). Any other
 * cancellation is thrown as it is, for the caller to read which condition failed.
 * @throws ConcurrentChange when the conflicts outlast the attempts
 */
export const transactWrite = async (
  client: DynamoDBDocumentClient,
  items: NonNullable<TransactWriteCommandInput['TransactItems']>,
): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || !conflicted(error) || conditionFailedAnywhere(error))
        throw error;
      if (attempt >= CONFLICT_ATTEMPTS)
        throw new ConcurrentChange('A concurrent transaction kept this one from landing', { cause: error });
      await conflictPause(attempt);
    }
  }
};

const conditionFailedAnywhere = (error: TransactionCanceledException) =>
  error.CancellationReasons?.some((reason) => reason.Code === 'ConditionalCheckFailed') ?? false;
