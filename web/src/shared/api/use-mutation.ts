import { useRef, useState } from 'preact/hooks';
import { type CallFailure, failureOf } from './problem.js';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface Mutation<T> {
  /** Runs the change once: a second call while one runs is ignored. Resolves with the answer's body, if it succeeded. */
  run: () => Promise<T | undefined>;
  pending: boolean;
  failure: CallFailure | undefined;
}

const newKey = () => crypto.randomUUID();

/**
 * A change the API makes once per `Idempotency-Key`. The key belongs to the form: a retry after a
 * failure or a lost answer sends the same key (the API answers the first outcome again), and only a
 * success starts a new one, so a double click or a resent form files one request.
 */
export const useMutation = <T>(perform: (idempotencyKey: string) => Promise<Answer<T>>): Mutation<T> => {
  const key = useRef(newKey());
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<CallFailure>();
  const run = async (): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setPending(true);
    setFailure(undefined);
    try {
      const { data, error, response } = await perform(key.current);
      if (response.ok) {
        key.current = newKey();
        return data;
      }
      setFailure(failureOf(response.status, error));
      return undefined;
    } catch (cause) {
      // No answer at all (offline, refused): the same key is sent again on the next try.
      setFailure({ status: 0, cause });
      return undefined;
    } finally {
      running.current = false;
      setPending(false);
    }
  };
  return { run, pending, failure };
};
