import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { ESCALATION_METRIC } from '../../../functions/contract/metrics.js';
import { MESSAGE_TABLE_KEYS } from '../../../functions/contract/table-layouts.js';
import { REVIEW_TASKS } from '../../../functions/contract/triggers.js';
import { REVIEW_STATES } from '../../../functions/contract/workflow-states.js';
import { ServiceFunction } from './service-function.js';
import {
  acknowledgeWorkflowRole,
  grantSmsSending,
  INLINE_POLICY_REASON,
  operatorAlarm,
  type SmsRecording,
  TASK_RETRY,
} from './workflow-defaults.js';

export interface ReviewWorkflowProps {
  table: dynamodb.ITable;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
  environment: Record<string, string>;
  /** Where alarms are sent for operators. */
  alerts: sns.ITopic;
  sms: SmsRecording;
}

/**
 * The review workflow: one Standard execution per inquiry carries it from submission to closure.
 * Every step is computed by a task and returned as `$.step` (see WorkflowStep), so the state machine
 * itself is a small loop — dispatch, maybe an SMS (held for the morning in the quiet hours), then
 * wait or finish — and the happy path (submit → accept) takes six state transitions in the day. Each wait is a callback whose timer is the
 * deadline the inquiry waits for; no execution is ever left without one.
 */
export class ReviewWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: ReviewWorkflowProps) {
    super(scope, id);
    const concurrency = {
      limitedBy:
        "it is called by the review workflow, whose executions start and resume through the throttled API and whose timers run at Step Functions' state-transition rate",
    };
    const task = (definition: { id: string; entry: string }) =>
      new ServiceFunction(this, definition.id, {
        entry: definition.entry,
        logKey: props.logKey,
        logRetention: props.logRetention,
        environment: props.environment,
        concurrency,
      }).bindTable(props.table, ENVIRONMENT.inquiriesTable, 'readWrite');
    const beginFunction = task(REVIEW_TASKS.begin);
    const awaitFunction = task(REVIEW_TASKS.await);
    // A timer of a request for information reads its SMS records: was the request delivered?
    const timerFunction = task(REVIEW_TASKS.timer).bindIndex(
      props.sms.messages,
      ENVIRONMENT.messagesTable,
      MESSAGE_TABLE_KEYS.bySubjectIndex,
    );
    const notifyFunction = new ServiceFunction(this, REVIEW_TASKS.notify.id, {
      entry: REVIEW_TASKS.notify.entry,
      logKey: props.logKey,
      logRetention: props.logRetention,
      environment: props.environment,
      concurrency,
    }).bindTable(props.table, ENVIRONMENT.inquiriesTable, 'read');
    grantSmsSending(notifyFunction, props.sms);

    const failed = new sfn.Fail(this, REVIEW_STATES.failed, {
      error: 'ReviewFailed',
      cause: 'A task still failed after its retries; the execution can be redriven once the cause is fixed.',
    });
    const finished = new sfn.Succeed(this, REVIEW_STATES.finished);
    const step = '$.step';

    const begin = new tasks.LambdaInvoke(this, REVIEW_STATES.begin, {
      lambdaFunction: beginFunction,
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
      resultPath: step,
    });
    const timer = new tasks.LambdaInvoke(this, REVIEW_STATES.timer, {
      lambdaFunction: timerFunction,
      payload: sfn.TaskInput.fromObject({
        reference: sfn.JsonPath.stringAt('$.reference'),
        awaiting: sfn.JsonPath.stringAt('$.step.awaiting'),
      }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
      resultPath: step,
    });
    const wait = new tasks.LambdaInvoke(this, REVIEW_STATES.await, {
      lambdaFunction: awaitFunction,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({
        taskToken: sfn.JsonPath.taskToken,
        reference: sfn.JsonPath.stringAt('$.reference'),
        awaiting: sfn.JsonPath.stringAt('$.step.awaiting'),
      }),
      taskTimeout: sfn.Timeout.at('$.step.timeoutSeconds'),
      retryOnServiceExceptions: false,
      resultPath: step,
    });
    // The step names the message; the task reads the phone from the inquiry, so none is in the history.
    // Before a wait it also names the status waited in: a message the inquiry has outrun is not sent.
    const sms = (stateId: string, beforeWait: boolean) =>
      new tasks.LambdaInvoke(this, stateId, {
        lambdaFunction: notifyFunction,
        payload: sfn.TaskInput.fromObject({
          reference: sfn.JsonPath.stringAt('$.reference'),
          message: sfn.JsonPath.stringAt('$.step.sms.message'),
          ...(beforeWait && { awaiting: sfn.JsonPath.stringAt('$.step.awaiting') }),
        }),
        payloadResponseOnly: true,
        retryOnServiceExceptions: false,
        resultPath: sfn.JsonPath.DISCARD,
      });
    const notifyThenAwait = sms(REVIEW_STATES.notifyThenAwait, true);
    const notifyThenFinish = sms(REVIEW_STATES.notifyThenFinish, false);
    // Quiet hours: a message due at night waits for the morning in a Wait state, which costs one
    // transition and nothing while it waits; in the day the step has no hold and skips it.
    const holdForMorning = (stateId: string) =>
      new sfn.Wait(this, stateId, { time: sfn.WaitTime.timestampPath('$.step.sms.holdUntil') });
    const holdThenAwait = holdForMorning(REVIEW_STATES.holdThenAwait).next(notifyThenAwait);
    const holdThenFinish = holdForMorning(REVIEW_STATES.holdThenFinish).next(notifyThenFinish);

    const awaiting = sfn.Condition.stringEquals('$.step.next', 'AWAIT');
    const held = sfn.Condition.isPresent('$.step.sms.holdUntil');
    const withSms = sfn.Condition.isPresent('$.step.sms');
    const dispatch = new sfn.Choice(this, REVIEW_STATES.dispatch)
      .when(sfn.Condition.and(awaiting, held), holdThenAwait)
      .when(sfn.Condition.and(awaiting, withSms), notifyThenAwait)
      .when(awaiting, wait)
      .when(held, holdThenFinish)
      .when(withSms, notifyThenFinish)
      .otherwise(finished);

    for (const state of [begin, timer, wait, notifyThenAwait, notifyThenFinish]) state.addRetry(TASK_RETRY);
    // A deadline passing is the timer's business; anything else that outlives its retries stops here, visibly.
    wait.addCatch(timer, { errors: ['States.Timeout'], resultPath: '$.timedOut' });
    for (const state of [begin, timer, wait]) state.addCatch(failed, { resultPath: '$.failure' });
    // An SMS that cannot be sent must not hold up the review: the resident also sees the status in the app.
    notifyThenAwait.addCatch(wait, { resultPath: '$.smsFailure' });
    notifyThenFinish.addCatch(finished, { resultPath: '$.smsFailure' });
    begin.next(dispatch);
    timer.next(dispatch);
    wait.next(dispatch);
    notifyThenAwait.next(wait);

    const logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, encryptionKey: props.logKey });
    this.stateMachine = new sfn.StateMachine(this, SERVICE_CONSTRUCTS.reviewWorkflow.stateMachine, {
      definitionBody: sfn.DefinitionBody.fromChainable(begin),
      stateMachineType: sfn.StateMachineType.STANDARD,
      tracingEnabled: true,
      // Every event, but never the data: inputs and outputs carry phone numbers.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });

    // A function defined here, not imported, always has the role CDK made for it.
    const awaitRole = awaitFunction.role;
    if (!awaitRole) throw new Error(`${awaitFunction.node.path} has no role to grant the callback to`);
    // Granted as a policy of its own: in the function's default policy it would make the state
    // machine (which names the function) and the function (which waits for its policy) depend on each other.
    const callback = new iam.Policy(this, 'AwaitNextCallback', {
      roles: [awaitRole],
      statements: [
        new iam.PolicyStatement({
          actions: ['states:SendTaskSuccess'],
          resources: [this.stateMachine.stateMachineArn],
        }),
      ],
    });

    Validations.of(callback).acknowledge({ id: 'NIST.800.53.R5-IAMNoInlinePolicy', reason: INLINE_POLICY_REASON });
    acknowledgeWorkflowRole(
      this.stateMachine,
      [beginFunction, awaitFunction, timerFunction, notifyFunction],
      'X-Ray PutTraceSegments and PutTelemetryRecords accept no resource other than *.',
    );

    operatorAlarm(
      this,
      'ReviewsEscalated',
      'An inquiry passed its response deadline without a decision',
      new cloudwatch.Metric({
        namespace: ESCALATION_METRIC.namespace,
        metricName: ESCALATION_METRIC.name,
        dimensionsMap: { service: ESCALATION_METRIC.service },
        statistic: 'Sum',
        period: Duration.hours(1),
      }),
      props.alerts,
    );
    operatorAlarm(
      this,
      'ReviewsFailed',
      'A review execution failed and waits for a redrive',
      this.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
      props.alerts,
    );
  }
}
