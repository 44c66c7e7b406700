import { useEffect, useState } from 'preact/hooks';
import { type CallFailure, failureOf } from './problem.js';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface Resource<T> {
  data: T | undefined;
  failure: CallFailure | undefined;
  loading: boolean;
  /** Reads it again (after a change, or when a 409 says it changed meanwhile). */
  reload: () => void;
}

/**
 * What a page shows, read from the API when the page opens, when one of `inputs` changes, and
 * on `reload()`. An answer to an older read than the latest is dropped.
 */
export const useResource = <T>(load: () => Promise<Answer<T>>, inputs: readonly unknown[]): Resource<T> => {
  const [state, setState] = useState<{ data?: T; failure?: CallFailure; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      ({ data, error, response }) => {
        if (!current) return;
        if (response.ok) setState({ data, loading: false });
        else setState({ failure: failureOf(response.status, error), loading: false });
      },
      (cause: unknown) => current && setState({ failure: { status: 0, cause }, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [...inputs, round]);
  return { ...state, reload: () => setRound((value) => value + 1) } as Resource<T>;
};
