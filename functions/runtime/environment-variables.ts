import type { ENVIRONMENT } from '../contract/environment.js';

/** A variable the functions read, by its name in the contract. */
export type VariableName = (typeof ENVIRONMENT)[keyof typeof ENVIRONMENT];

/** Where variables are read from: the process's environment, or a test's own record. */
export type VariableSource = Readonly<Record<string, string | undefined>>;

/**
 * A variable the function's construct must set was missing or empty. Thrown while the function's
 * module loads, so the cold start itself fails, with the name in the error, before any request.
 */
export class MissingEnvironmentVariable extends Error {
  constructor(readonly variable: string) {
    super(`The environment variable ${variable} is not set: the function's construct must set it`);
    this.name = new.target.name;
  }
}

/** The value of a variable the function cannot run without. */
export const requiredVariable = (name: VariableName, source: VariableSource = process.env): string => {
  const value = source[name];
  if (!value) throw new MissingEnvironmentVariable(name);
  return value;
};

/** A variable the function's construct set to something the function cannot use. */
export class InvalidEnvironmentVariable extends Error {
  constructor(
    readonly variable: string,
    expected: string,
  ) {
    super(`The environment variable ${variable} must be ${expected}`);
    this.name = new.target.name;
  }
}

/** The value of a required variable that holds a number above zero. */
export const positiveNumberVariable = (name: VariableName, source: VariableSource = process.env): number => {
  const value = Number(requiredVariable(name, source));
  if (!(Number.isFinite(value) && value > 0)) throw new InvalidEnvironmentVariable(name, 'a number above zero');
  return value;
};

/** The value of a variable that may be left out; left out or empty, it is `fallback`. */
export const optionalVariable = (name: VariableName, fallback: string, source: VariableSource = process.env): string =>
  source[name] || fallback;
