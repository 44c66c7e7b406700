import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { REMINDER_METRICS } from '../../../functions/contract/metrics.js';
import { CONTACT_SHARD_READ_ACTIONS, REMINDER_LOG_ACTIONS } from '../../../functions/contract/table-actions.js';
import {
  ESTABLISHMENT_CONTACTS_PARTITION_PREFIX,
  RESIDENT_TABLE_KEYS,
} from '../../../functions/contract/table-layouts.js';
import { REMINDER_TASKS } from '../../../functions/contract/triggers.js';
import { REMINDER_STATES } from '../../../functions/contract/workflow-states.js';
import { type ConcurrencyLimit, ServiceFunction } from './service-function.js';
import {
  acknowledgeWorkflowRole,
  grantSmsBudget,
  grantSmsSending,
  operatorAlarm,
  type SmsRecording,
  TASK_RETRY,
} from './workflow-defaults.js';

export interface ReminderSweepProps {
  residents: dynamodb.ITable;
  reminderLog: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  alerts: sns.ITopic;
  /** Days before expiry that reminders go out. */
  leadDays: readonly number[];
  /** SMS a second the account may send (its SNS quota); the batches running at once share it. */
  smsPerSecond: number;
  sms: SmsRecording;
}

/** Batches swept at once. Each sends up to ten SMS at a time; together they stay within the account's SMS rate. */
const BATCH_CONCURRENCY = 4;

/**
 * The daily expiry-reminder sweep: at 09:00 Riyadh time, plan one batch per lead time and shard of
 * the expiry index, work through each batch page by page (Map over pages, each page one Lambda call
 * sending up to 200 SMS), then total the day. Reading the index by date means the cost follows the
 * reminders due, never the size of the table; the reminder log makes every SMS go out at most once.
 * Then the establishments' daily digests, one batch per shard of their contacts, under the same log.
 */
export class ReminderSweep extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: ReminderSweepProps) {
    super(scope, id);
    const task = (
      definition: { id: string; entry: string },
      concurrency: ConcurrencyLimit,
      timeout = Duration.seconds(10),
    ) =>
      new ServiceFunction(this, definition.id, {
        entry: definition.entry,
        logKey: props.logKey,
        logRetention: props.logRetention,
        environment: { ...props.environment, [ENVIRONMENT.reminderLeadDays]: props.leadDays.join(',') },
        timeout,
        concurrency,
      });
    const oncePerSweep = { limitedBy: 'it is called once per sweep execution, and the sweep runs once a day' };
    const planFunction = task(REMINDER_TASKS.plan, oncePerSweep);
    // Each batch paces itself to its share of the SMS rate. The reservation keeps a second, overlapping
    // execution (a missed day made up during the daily run) from adding batches beyond that rate: its
    // calls are throttled and retried, and a batch still throttled is counted failed (BatchesFailed) to
    // be run again — the reminder log sends nothing twice.
    const sendFunction = task(REMINDER_TASKS.send, { reserved: BATCH_CONCURRENCY }, Duration.minutes(2))
      .bindIndex(props.residents, ENVIRONMENT.residentsTable, RESIDENT_TABLE_KEYS.byExpiryIndex)
      .bindTable(props.reminderLog, ENVIRONMENT.reminderLogTable, REMINDER_LOG_ACTIONS);
    // Each of the batches running at once sends at its share of the account's SMS rate.
    const smsShare = String(Math.max(1, Math.floor(props.smsPerSecond / BATCH_CONCURRENCY)));
    sendFunction.addEnvironment(ENVIRONMENT.smsPerSecond, smsShare);
    grantSmsSending(sendFunction, props.sms);
    grantSmsBudget(sendFunction, props.sms);
    // The digests: the contacts' shards (their partitions only), counts on the employer index, the same
    // log and the same share of the SMS rate. No reservation of its own: they run after the reminders,
    // never beside them, and an overlapping execution's SMS throttled beyond the rate are released,
    // their batch counted failed (BatchesFailed) and sent by the rerun — the log sends nothing twice.
    const digestFunction = task(
      REMINDER_TASKS.digest,
      { limitedBy: `the sweep's digest Map runs at most ${BATCH_CONCURRENCY} batches at once, once a day` },
      Duration.minutes(2),
    )
      .bindTablePartitions(
        props.residents,
        ENVIRONMENT.residentsTable,
        CONTACT_SHARD_READ_ACTIONS,
        ESTABLISHMENT_CONTACTS_PARTITION_PREFIX,
      )
      .bindIndex(props.residents, ENVIRONMENT.residentsTable, RESIDENT_TABLE_KEYS.byEmployerIndex)
      .bindTable(props.reminderLog, ENVIRONMENT.reminderLogTable, REMINDER_LOG_ACTIONS);
    digestFunction.addEnvironment(ENVIRONMENT.smsPerSecond, smsShare);
    grantSmsSending(digestFunction, props.sms);
    grantSmsBudget(digestFunction, props.sms);
    const summarizeFunction = task(REMINDER_TASKS.summarize, oncePerSweep);

    const invoke = (stateId: string, fn: lambda.IFunction, options: Partial<tasks.LambdaInvokeProps> = {}) =>
      new tasks.LambdaInvoke(this, stateId, {
        lambdaFunction: fn,
        payloadResponseOnly: true,
        retryOnServiceExceptions: false,
        ...options,
      }).addRetry(TASK_RETRY);

    const plan = invoke(REMINDER_STATES.plan, planFunction);
    const sendPage = invoke(REMINDER_STATES.sendPage, sendFunction);
    // A batch that still fails is counted, not fatal: the other batches' residents still get their SMS.
    sendPage.addCatch(
      new sfn.Pass(this, REMINDER_STATES.batchFailed, { parameters: { failed: true, 'totals.$': '$.totals' } }),
      { resultPath: '$.error' },
    );
    const morePages = new sfn.Choice(this, REMINDER_STATES.morePages)
      .when(sfn.Condition.isPresent('$.cursor'), sendPage)
      .otherwise(new sfn.Pass(this, REMINDER_STATES.batchDone, { parameters: { 'totals.$': '$.totals' } }));
    const batches = new sfn.Map(this, REMINDER_STATES.batches, {
      itemsPath: '$.batches',
      maxConcurrency: BATCH_CONCURRENCY,
      resultPath: '$.batches',
    });
    batches.itemProcessor(sendPage.next(morePages));

    const sendDigestPage = invoke(REMINDER_STATES.sendDigestPage, digestFunction);
    sendDigestPage.addCatch(
      new sfn.Pass(this, REMINDER_STATES.digestBatchFailed, { parameters: { failed: true, 'totals.$': '$.totals' } }),
      { resultPath: '$.error' },
    );
    const moreDigestPages = new sfn.Choice(this, REMINDER_STATES.moreDigestPages)
      .when(sfn.Condition.isPresent('$.cursor'), sendDigestPage)
      .otherwise(new sfn.Pass(this, REMINDER_STATES.digestBatchDone, { parameters: { 'totals.$': '$.totals' } }));
    const digestBatches = new sfn.Map(this, REMINDER_STATES.digestBatches, {
      itemsPath: '$.digestBatches',
      maxConcurrency: BATCH_CONCURRENCY,
      resultPath: '$.digestBatches',
    });
    digestBatches.itemProcessor(sendDigestPage.next(moreDigestPages));
    // The day's summary is the execution's output even when batches failed: the BatchesFailed
    // alarm tells operators, who start the day again with {"date": …} — the log keeps it safe.
    const summarize = invoke(REMINDER_STATES.summarize, summarizeFunction);

    const logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, encryptionKey: props.logKey });
    this.stateMachine = new sfn.StateMachine(this, SERVICE_CONSTRUCTS.reminderSweep.stateMachine, {
      definitionBody: sfn.DefinitionBody.fromChainable(plan.next(batches).next(digestBatches).next(summarize)),
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.hours(12),
      tracingEnabled: true,
      // Every event, but never the data: pages carry phone numbers.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });

    const scheduleRole = new iam.Role(this, 'ScheduleRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    new scheduler.Schedule(this, 'Daily', {
      description: 'Expiry reminders, every day at 09:00 Riyadh time',
      schedule: scheduler.ScheduleExpression.cron({ minute: '0', hour: '9', timeZone: TimeZone.ASIA_RIYADH }),
      target: new schedulerTargets.StepFunctionsStartExecution(this.stateMachine, {
        input: scheduler.ScheduleTargetInput.fromObject({ scheduledTime: scheduler.ContextAttribute.scheduledTime }),
        role: scheduleRole,
        retryAttempts: 10,
        maxEventAge: Duration.hours(6),
      }),
    });

    Validations.of(scheduleRole).acknowledge({
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason: 'The scheduler’s role may only start this one state machine.',
    });
    acknowledgeWorkflowRole(
      this.stateMachine,
      [planFunction, sendFunction, digestFunction, summarizeFunction],
      'X-Ray PutTraceSegments and PutTelemetryRecords accept no resource other than *.',
    );

    operatorAlarm(
      this,
      'SweepFailed',
      'The expiry-reminder sweep failed; some reminders of the day may be unsent',
      this.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
      props.alerts,
    );
    const metric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: REMINDER_METRICS.namespace,
        metricName,
        dimensionsMap: { service: REMINDER_METRICS.service },
        statistic: 'Sum',
        period: Duration.hours(1),
      });
    operatorAlarm(
      this,
      'BatchesFailed',
      'Reminder batches failed after their retries: run the day again',
      metric(REMINDER_METRICS.failedBatches),
      props.alerts,
    );
    operatorAlarm(
      this,
      'RemindersUncertain',
      'SMS reminders whose delivery is unknown (SNS failed after taking them); they are not resent',
      metric(REMINDER_METRICS.uncertain),
      props.alerts,
    );
    operatorAlarm(
      this,
      'RemindersDeferredForBudget',
      "Reminders were held back because the month's SMS budget would not cover them; urgent ones go first",
      metric(REMINDER_METRICS.deferredForBudget),
      props.alerts,
    );
  }
}
