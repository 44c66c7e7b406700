import { describe, expect, it } from 'vitest';
import { errorSummary } from '../../../functions/http/error-summary.js';

describe('errorSummary', () => {
  it('when an error has fields of its own, it keeps only the name, message and stack', () => {
    // Prepare
    const error = Object.assign(new TypeError('bad'), { Item: { phone: '+966500000001' } });
    // Act
    const summary = errorSummary(error);
    // Assess
    expect(Object.keys(summary).sort()).toEqual(['message', 'name', 'stack']);
    expect(summary).toMatchObject({ name: 'TypeError', message: 'bad' });
  });

  it('when causes nest deeper than five, it stops there, and a cycle of causes ends too', () => {
    // Prepare
    const looping = new Error('first');
    looping.cause = new Error('second', { cause: looping });
    // Act
    let depth = 0;
    for (let cause = errorSummary(looping).cause; cause; cause = cause.cause) depth += 1;
    // Assess
    expect(depth).toBe(5);
  });

  it('when something that is not an Error is thrown, it says so without repeating the value', () => {
    // Act
    const summary = errorSummary({ iqamaNumber: '2000000006' });
    // Assess
    expect(summary).toEqual({ name: 'object', message: 'A value that is not an Error was thrown' });
    expect(JSON.stringify(summary)).not.toContain('2000000006');
  });
});
