import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import {
  InvalidEnvironmentVariable,
  MissingEnvironmentVariable,
  optionalVariable,
  positiveNumberVariable,
  requiredVariable,
} from '../../../functions/runtime/environment-variables.js';

const name = ENVIRONMENT.inquiriesTable;

const errorOf = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('environment variables', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('when a required variable is set, its value is read as it is', () => {
    expect(requiredVariable(name, { [name]: 'Inquiries-1A2B' })).toBe('Inquiries-1A2B');
  });

  it.each([
    ['missing', {}],
    ['empty', { [name]: '' }],
  ])('when a required variable is %s, reading it fails with an error naming it', (_, source) => {
    // Act
    const error = errorOf(() => requiredVariable(name, source));
    // Assess
    expect(error).toBeInstanceOf(MissingEnvironmentVariable);
    expect(error).toMatchObject({
      name: 'MissingEnvironmentVariable',
      variable: 'INQUIRIES_TABLE_NAME',
      message: expect.stringContaining('INQUIRIES_TABLE_NAME'),
    });
  });

  it('when a required variable is not given a record to read, it is read from the process environment', () => {
    // Prepare
    vi.stubEnv(name, 'From-The-Process');
    // Act, Assess
    expect(requiredVariable(name)).toBe('From-The-Process');
  });

  it('when an optional variable is set, its value wins over the default', () => {
    expect(optionalVariable(ENVIRONMENT.smsPerSecond, '5', { [ENVIRONMENT.smsPerSecond]: '12' })).toBe('12');
  });

  it.each([
    ['missing', {}],
    ['empty', { [ENVIRONMENT.smsPerSecond]: '' }],
  ])('when an optional variable is %s, its default is read', (_, source) => {
    expect(optionalVariable(ENVIRONMENT.smsPerSecond, '5', source)).toBe('5');
  });

  it('when a rate is set to a number above zero, it is read as that number', () => {
    expect(positiveNumberVariable(ENVIRONMENT.smsPerSecond, { [ENVIRONMENT.smsPerSecond]: '2.5' })).toBe(2.5);
  });

  it.each([['0'], ['-1'], ['five'], ['Infinity']])(
    'when a rate is set to %s, reading it fails naming the variable and what it must be',
    (value) => {
      // Act
      const error = errorOf(() =>
        positiveNumberVariable(ENVIRONMENT.smsPerSecond, { [ENVIRONMENT.smsPerSecond]: value }),
      );
      // Assess
      expect(error).toBeInstanceOf(InvalidEnvironmentVariable);
      expect((error as InvalidEnvironmentVariable).variable).toBe(ENVIRONMENT.smsPerSecond);
      expect((error as Error).message).toContain('a number above zero');
    },
  );

  it('when a rate is missing, reading it fails as a missing variable', () => {
    expect(errorOf(() => positiveNumberVariable(ENVIRONMENT.smsPerSecond, {}))).toBeInstanceOf(
      MissingEnvironmentVariable,
    );
  });
});
