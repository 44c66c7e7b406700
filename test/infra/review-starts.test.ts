import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constructPath, SERVICE_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { RECONCILE_REVIEWS, START_REVIEW } from '../../functions/contract/triggers.js';
import { buildApp } from '../../lib/aws/app.js';
import { projectContext } from '../../lib/aws/project-context.js';
import { logicalIdAt as logicalIdOf } from '../support/logical-ids.js';
import { serviceTemplate } from '../support/service-template.js';

const { reviewStart, reviewReconciliation } = SERVICE_CONSTRUCTS;
type Resource = { Type: string; Properties: Record<string, unknown> };

describe('reviews started from the inquiries table’s stream, and by the daily reconciliation', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-infra-'));
  let service: Template;
  let resources: Record<string, Resource>;

  const logicalIdAt = (path: string) => logicalIdOf(resources, path);

  beforeAll(() => {
    // Unbundled: only the template is read.
    const built = buildApp({ outdir, context: projectContext({ 'aws:cdk:bundling-stacks': [] }) });
    service = serviceTemplate(built.service);
    resources = service.toJSON().Resources as Record<string, Resource>;
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const startFunction = () => logicalIdAt(constructPath(reviewStart.id, START_REVIEW.id, 'Resource'));

  it('when synthesized, the stream’s mapping starts at the oldest record, retries until its records are a day old, reports the failed record and dead-letters what still fails', () => {
    const mappings = Object.values(service.findResources('AWS::Lambda::EventSourceMapping'));
    const [mapping, ...others] = mappings.filter((m) => m.Properties.FunctionName.Ref === startFunction());
    expect(others).toEqual([]);
    expect(mapping!.Properties).toMatchObject({
      FunctionName: { Ref: startFunction() },
      EventSourceArn: { 'Fn::ImportValue': expect.stringContaining('InquiriesTable3CEF0F62StreamArn') },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      // Until the record is a day old: a start fails only while Step Functions does.
      MaximumRetryAttempts: -1,
      MaximumRecordAgeInSeconds: 86_400,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(/^ReviewStartDeadLetters/), 'Arn'] } },
      },
    });
    const patterns = (mapping!.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map((f) =>
      JSON.parse(f.Pattern),
    );
    expect(patterns).toEqual([{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['INQUIRY'] } } } }]);
  });

  it('when synthesized, the dead-letter queue is encrypted with a customer key, refuses plain HTTP and keeps its messages two weeks', () => {
    const queueId = logicalIdAt(constructPath(reviewStart.id, 'DeadLetters', 'Resource'));
    expect(resources[queueId]!.Properties).toMatchObject({
      KmsMasterKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^LogKey/), 'Arn'] },
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    service.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('when synthesized, operators are alerted to a dead-lettered batch, to one left a week, and to records waiting five minutes', () => {
    const alarm = (id: string) => resources[logicalIdAt(constructPath(reviewStart.id, id, 'Resource'))]!.Properties;
    const queue = {
      Name: 'QueueName',
      Value: { 'Fn::GetAtt': [expect.stringMatching(/^ReviewStartDeadLetters/), 'QueueName'] },
    };
    expect(alarm('DeadLettered')).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [queue],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: expect.stringMatching(/^OperatorAlerts/) }],
    });
    expect(alarm('DeadLettersUnhandled')).toMatchObject({
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [queue],
      Threshold: 7 * 24 * 3600,
    });
    expect(alarm('Behind')).toMatchObject({
      MetricName: 'IteratorAge',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: startFunction() } }],
      Statistic: 'Maximum',
      Threshold: 5 * 60 * 1000,
    });
  });

  /** The statements of the role policy of the function at `path`. */
  const statementsOf = (path: string) =>
    Object.entries(service.findResources('AWS::IAM::Policy')).find(([id]) =>
      id.startsWith(`${path.replaceAll('/', '')}ServiceRoleDefaultPolicy`),
    )![1].Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[];
  const onlyStartsReviews = (path: string) =>
    expect(statementsOf(path).filter((s) => [s.Action].flat().some((a) => a.startsWith('states:')))).toEqual([
      expect.objectContaining({
        Action: 'states:StartExecution',
        Resource: { Ref: logicalIdAt(constructPath(SERVICE_CONSTRUCTS.reviewWorkflow.id, 'StateMachine', 'Resource')) },
      }),
    ]);

  it('when permissions are granted, the stream’s function may start executions of the review state machine and of nothing else', () => {
    onlyStartsReviews(constructPath(reviewStart.id, START_REVIEW.id));
    const functionProperties = resources[startFunction()]!.Properties as {
      Environment: { Variables: Record<string, unknown> };
    };
    expect(Object.keys(functionProperties.Environment.Variables)).toContain(ENVIRONMENT.reviewStateMachine);
  });

  it('when synthesized, the reconciliation runs every day at 03:00 Riyadh time, retried, its undelivered runs dead-lettered', () => {
    const schedule = resources[logicalIdAt(constructPath(reviewReconciliation.id, reviewReconciliation.schedule))]!;
    const reconcileFunction = logicalIdAt(constructPath(reviewReconciliation.id, RECONCILE_REVIEWS.id));
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 3 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Riyadh',
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [reconcileFunction, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: {
          Arn: { 'Fn::GetAtt': [expect.stringMatching(/^ReviewReconciliationDeadLetters/), 'Arn'] },
        },
      },
    });
    expect(JSON.parse(String((schedule.Properties.Target as { Input: string }).Input))).toEqual({
      scheduledTime: '<aws.scheduler.scheduled-time>',
    });
  });

  it('when permissions are granted, the reconciliation may read the review queue index only, and start executions of the review state machine only', () => {
    const path = constructPath(reviewReconciliation.id, RECONCILE_REVIEWS.id);
    onlyStartsReviews(path);
    const dynamo = statementsOf(path).filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toEqual([
      expect.objectContaining({
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [expect.anything(), '/index/reviewQueue']] },
      }),
    ]);
  });

  it('when synthesized, a review started by the reconciliation alerts operators: the stream lost it', () => {
    const alarm = resources[logicalIdAt(constructPath(reviewReconciliation.id, 'ReviewsStartedByReconciliation'))]!;
    expect(alarm.Properties).toMatchObject({
      Namespace: 'Tawasul',
      MetricName: 'ReviewsStartedByReconciliation',
      Dimensions: [{ Name: 'service', Value: 'tawasul' }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });
});
