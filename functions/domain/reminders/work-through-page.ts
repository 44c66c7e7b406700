import { SmsOutcomeUnknown } from '../shared/errors.js';

/** SMS sent at once from one batch; the pace of the account's SMS rate is kept by the sender. */
const SEND_CONCURRENCY = 10;
/** Time kept in hand: a batch stops taking items this long before its invocation would time out. */
const SAFETY_MARGIN_MS = 20_000;
/** Uncertain sends in one call that suggest SNS itself is failing: the batch stops, to be retried later. */
const UNCERTAIN_LIMIT = 3;

export interface PageWork<O extends string> {
  count: (outcome: O) => number;
  /** Time ran short before every item was taken: the page is to be read again. */
  outOfTime: boolean;
}

/**
 * Handles a page's items, ten at a time; an outcome 'uncertain' is an SMS that may have gone out. After a failure no worker takes another item, and the page
 * fails only once every SMS in flight has been recorded: a frozen Lambda must not leave claims
 * whose send it never finished.
 * @param remainingMs milliseconds the invocation has left, when it is known
 */
export const workThroughPage = async <T, O extends string>(
  items: readonly T[],
  handle: (item: T) => Promise<O>,
  remainingMs?: () => number,
): Promise<PageWork<O>> => {
  const outcomes: O[] = [];
  let next = 0;
  let failure: unknown;
  let outOfTime = false;
  let uncertain = 0;
  const timeLeft = () => {
    outOfTime ||= remainingMs !== undefined && remainingMs() < SAFETY_MARGIN_MS;
    return !outOfTime;
  };
  /** The item a worker takes next: none after a failure, at the page's end, or when time runs short. */
  const take = () => (failure === undefined && next < items.length && timeLeft() ? items[next++] : undefined);
  const worker = async () => {
    for (let item = take(); item !== undefined; item = take()) {
      try {
        const outcome = await handle(item);
        outcomes.push(outcome);
        if (outcome === 'uncertain' && ++uncertain >= UNCERTAIN_LIMIT) {
          failure ??= new SmsOutcomeUnknown(`${uncertain} SMS outcomes unknown in one page: SNS may be failing`);
        }
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, items.length) }, worker));
  if (failure !== undefined) throw failure;
  return { count: (outcome) => outcomes.filter((o) => o === outcome).length, outOfTime };
};
