import * as v from 'valibot';

/**
 * Faults the local runtime can be told to play, so that what depends on a service can be seen to
 * survive it: `startExecution: 'refuse'` makes the Step Functions endpoint answer StartExecution
 * as the service does when it is unavailable. They last until changed or the runtime stops.
 */
export const LocalFaultsChange = v.strictObject({
  startExecution: v.optional(v.picklist(['refuse', 'accept'])),
});

export type LocalFaultsState = Required<v.InferOutput<typeof LocalFaultsChange>>;

export class LocalFaults {
  #state: LocalFaultsState = { startExecution: 'accept' };

  current(): LocalFaultsState {
    return { ...this.#state };
  }

  /** Applies the faults named in `change`, leaving the others as they are; answers them all. */
  apply(change: v.InferOutput<typeof LocalFaultsChange>): LocalFaultsState {
    this.#state = { ...this.#state, ...change };
    return this.current();
  }
}
