/**
 * A value its caller knows is there although its type allows none: a port's answer that is absent
 * only under an option the caller did not pass, a field that an inquiry in a given status always
 * carries, a field an AWS answer always has. If the caller is wrong, this fails at once and names
 * what was missing, rather than as a TypeError somewhere further on.
 */
export const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
};
