/** The time as the domain reads it: injected everywhere, so that tests and the local runtime set it. */
export type Clock = () => Date;
