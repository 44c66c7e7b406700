import { describe, expect, it } from 'vitest';
import { once } from '../../../functions/runtime/once.js';

describe('once', () => {
  it('when a value is asked for again, the same value comes back and it is made only the first time', () => {
    // Prepare
    let made = 0;
    const client = once(() => ({ id: ++made }));
    // Act
    const first = client();
    const second = client();
    // Assess
    expect(second).toBe(first);
    expect(made).toBe(1);
  });

  it('when a value is never asked for, it is never made', () => {
    // Prepare
    let made = 0;
    once(() => ++made);
    // Assess
    expect(made).toBe(0);
  });

  it('when making the value fails, the error reaches the caller and nothing is kept in its place', () => {
    // Prepare
    let attempts = 0;
    const value = once(() => {
      attempts++;
      throw new Error('not yet');
    });
    // Act, Assess
    expect(value).toThrow('not yet');
    expect(value).toThrow('not yet');
    expect(attempts).toBe(2);
  });
});
