import { describe, expect, it } from 'vitest';
import { callDifferences, callSummary } from '../../../bench/support/call-comparison.js';
import type { WireCall } from '../../../bench/support/wire-recorder.js';

const call = (operation: string, requestBytes: number, overrides: Partial<WireCall> = {}): WireCall => ({
  service: 'dynamodb',
  operation,
  target: 'Inquiries',
  requestBytes,
  responseBytes: 200,
  ...overrides,
});

describe('the comparison of a function’s calls with its baseline’s', () => {
  it('when both make the same calls in another order, it finds no difference', () => {
    // Prepare
    const own = [
      call('GetItem', 120),
      call('UpdateItem', 900),
      call('SendTaskSuccess', 800, { service: 'sfn', target: '' }),
    ];
    const baseline = [
      call('SendTaskSuccess', 790, { service: 'sfn', target: '' }),
      call('GetItem', 118),
      call('UpdateItem', 880),
    ];

    // Act
    const differences = callDifferences(own, baseline);

    // Assess
    expect(differences).toEqual([]);
  });

  it('when the function makes a call its baseline does not, it names the call and both counts', () => {
    // Prepare
    const own = [call('GetItem', 120), call('GetItem', 120)];
    const baseline = [call('GetItem', 120)];

    // Act
    const differences = callDifferences(own, baseline);

    // Assess
    expect(differences).toEqual(['dynamodb GetItem Inquiries: the function makes it 2×, the baseline 1×']);
  });

  it('when the baseline writes to another table, it names both calls', () => {
    // Prepare
    const own = [call('PutItem', 500)];
    const baseline = [call('PutItem', 500, { target: 'Residents' })];

    // Act
    const differences = callDifferences(own, baseline);

    // Assess
    expect(differences).toHaveLength(2);
    expect(differences.join('\n')).toContain('dynamodb PutItem Inquiries: the function makes it 1×, the baseline 0×');
    expect(differences.join('\n')).toContain('dynamodb PutItem Residents: the function makes it 0×, the baseline 1×');
  });

  it('when a request or an answer differs by more than the tolerance, it says by how much', () => {
    // Prepare
    const own = [call('UpdateItem', 1310, { responseBytes: 2000 })];
    const baseline = [call('UpdateItem', 991, { responseBytes: 1000 })];

    // Act
    const differences = callDifferences(own, baseline);

    // Assess
    expect(differences).toEqual([
      "dynamodb UpdateItem Inquiries: request of 1310 bytes, the baseline's 991",
      "dynamodb UpdateItem Inquiries: answer of 2000 bytes, the baseline's 1000",
    ]);
  });

  it('when reads of one kind find nothing and something, it pairs the empty answers together', () => {
    // Prepare
    const own = [call('GetItem', 120, { responseBytes: 244 }), call('GetItem', 120, { responseBytes: 2 })];
    const baseline = [call('GetItem', 120, { responseBytes: 2 }), call('GetItem', 120, { responseBytes: 190 })];

    // Act
    const differences = callDifferences(own, baseline);

    // Assess
    expect(differences).toEqual([]);
  });

  it('when calls repeat, the summary counts them in the order they first came', () => {
    // Prepare
    const calls = [
      call('Query', 100),
      call('PutItem', 300),
      call('Publish', 200, { service: 'sns', target: '' }),
      call('PutItem', 300),
    ];

    // Act
    const summary = callSummary(calls);

    // Assess
    expect(summary).toBe('Query, 2× PutItem, Publish');
  });
});
