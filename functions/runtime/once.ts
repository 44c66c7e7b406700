/**
 * Makes a value the first time it is asked for and hands out that same value afterwards: the
 * wiring builds each client and adapter at most once per cold start, and only those a function uses.
 */
export const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};
