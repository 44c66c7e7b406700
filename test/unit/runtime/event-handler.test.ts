import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ESCALATION_METRIC, REMINDER_METRICS } from '../../../functions/contract/metrics.js';
import { eventHandler } from '../../../functions/runtime/event-handler.js';
import { logger, metrics, tracer } from '../../../functions/runtime/observability.js';
import { writtenWhile } from '../../support/standard-output.js';

const context = {
  awsRequestId: 'request-7',
  functionName: 'BeginReviewFunction',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;
const PHONE = '+966501234567';

describe('the observability every function shares', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when an event handler logs, the line carries the invocation’s request id, and the event itself is not logged', async () => {
    // Prepare
    const handler = eventHandler(async (event: { phone: string }) => {
      logger.info('Task done');
      return { outcome: event.phone.length };
    });
    // Act
    const lines = await writtenWhile(() => handler({ phone: PHONE }, context));
    // Assess
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'Task done',
        function_request_id: 'request-7',
        function_name: 'BeginReviewFunction',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(PHONE);
  });

  it('when an event handler publishes metrics, what it recorded is published after the invocation, in the namespace and service the alarms watch', async () => {
    // Prepare
    const handler = eventHandler(
      async () => {
        metrics.addMetric(REMINDER_METRICS.sent, MetricUnit.Count, 3);
        return {};
      },
      { metrics },
    );
    // Act
    const [document] = await writtenWhile(() => handler({}, context));
    // Assess
    expect((document?._aws as { CloudWatchMetrics?: unknown } | undefined)?.CloudWatchMetrics).toEqual([
      {
        Namespace: REMINDER_METRICS.namespace,
        Dimensions: [['service']],
        Metrics: [{ Name: REMINDER_METRICS.sent, Unit: 'Count' }],
      },
    ]);
    expect(document).toMatchObject({ service: REMINDER_METRICS.service, [REMINDER_METRICS.sent]: 3 });
    expect([ESCALATION_METRIC.namespace, ESCALATION_METRIC.service]).toEqual([
      REMINDER_METRICS.namespace,
      REMINDER_METRICS.service,
    ]);
  });

  it('when an event handler fails, what it recorded before is still published and the error reaches the caller', async () => {
    // Prepare
    const handler = eventHandler(
      async () => {
        metrics.addMetric(REMINDER_METRICS.failedBatches, MetricUnit.Count, 1);
        throw new Error('table unavailable');
      },
      { metrics },
    );
    let failure: unknown;
    // Act
    const [document] = await writtenWhile(() => handler({}, context).catch((error: unknown) => (failure = error)));
    // Assess
    expect(failure).toEqual(new Error('table unavailable'));
    expect(document).toMatchObject({ [REMINDER_METRICS.failedBatches]: 1 });
  });

  it('when a function runs outside Lambda (tests, the local runtime), tracing is off and a client is used as it is', () => {
    // Prepare
    const client = { middlewareStack: { add: vi.fn() }, config: {} };
    // Act
    const captured = tracer.captureAWSv3Client(client);
    // Assess
    expect(tracer.isTracingEnabled()).toBe(false);
    expect(captured).toBe(client);
    expect(client.middlewareStack.add).not.toHaveBeenCalled();
  });
});
