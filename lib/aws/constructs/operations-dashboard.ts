import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../../functions/contract/construct-ids.js';
import {
  ESCALATION_METRIC,
  REMINDER_METRICS,
  REVIEW_START_METRICS,
  SMS_METRICS,
} from '../../../functions/contract/metrics.js';

export interface OperationsDashboardProps {
  stage: string;
  api: apigateway.RestApi;
  review: sfn.StateMachine;
  reminders: sfn.StateMachine;
  smsMonthlyBudgetUsd: number;
}

const FIVE_MINUTES = Duration.minutes(5);
const WIDE = 24;
const HALF = 12;
const THIRD = 8;

/** A construct's path below its stack: what an operator reads in the widget's legend. */
const pathInStack = (construct: Construct) => construct.node.path.split('/').slice(1).join('/');

const serviceMetric = (
  metric: { namespace: string; service: string },
  metricName: string,
  statistic = 'Sum',
  period = Duration.hours(1),
) =>
  new cloudwatch.Metric({
    namespace: metric.namespace,
    metricName,
    dimensionsMap: { service: metric.service },
    statistic,
    period,
    label: metricName,
  });

/**
 * The stage's operator dashboard, built with aws-cdk-lib's CloudWatch constructs. It is made last
 * in the service stack and reads the stack's own functions and dead-letter queues from the
 * construct tree, so that a function or queue added later is on it without being listed here.
 * The API's widgets are CloudWatch searches over its method metrics (detailed metrics are on):
 * one line per route, for every route there is, in four widgets.
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const constructs = stack.node.findAll();
    const functions = constructs.filter((c): c is lambda.Function => c instanceof lambda.Function);
    const deadLetterQueues = constructs.filter(
      (c): c is sqs.Queue => c instanceof sqs.Queue && /DeadLetter/.test(c.node.id),
    );
    const alarms = constructs.filter((c): c is cloudwatch.Alarm => c instanceof cloudwatch.Alarm);

    const perRoute = (metricName: string, statistic: string, label: string) =>
      new cloudwatch.MathExpression({
        expression: `SEARCH('{AWS/ApiGateway,ApiName,Method,Resource,Stage} MetricName="${metricName}" ApiName="${props.api.restApiName}" Stage="${props.stage}"', '${statistic}', 300)`,
        usingMetrics: {},
        label,
        period: FIVE_MINUTES,
      });
    const routeGraph = (title: string, metricName: string, statistic: string, label: string) =>
      new cloudwatch.GraphWidget({ title, width: HALF, left: [perRoute(metricName, statistic, label)] });
    const perFunction = (title: string, metricOf: (fn: lambda.Function) => cloudwatch.IMetric) =>
      new cloudwatch.GraphWidget({
        title,
        width: THIRD,
        height: 8,
        left: functions.map((fn) => metricOf(fn)),
        legendPosition: cloudwatch.LegendPosition.RIGHT,
      });
    const fnMetric = (fn: lambda.Function, metricName: 'Errors' | 'Throttles' | 'Duration', statistic: string) =>
      fn.metric(metricName, { statistic, period: FIVE_MINUTES, label: pathInStack(fn) });
    const executions = (machine: sfn.StateMachine, name: string) =>
      new cloudwatch.GraphWidget({
        title: `${name}: executions started, failed, timed out`,
        width: THIRD,
        left: [
          machine.metricStarted({ period: FIVE_MINUTES, statistic: 'Sum', label: 'started' }),
          machine.metricFailed({ period: FIVE_MINUTES, statistic: 'Sum', label: 'failed' }),
          machine.metricTimedOut({ period: FIVE_MINUTES, statistic: 'Sum', label: 'timed out' }),
        ],
      });
    const smsReceipts = (metricName: string) => serviceMetric(SMS_METRICS, metricName);
    const underOf = (ids: string[]) => functions.filter((fn) => ids.some((id) => fn.node.path.includes(`/${id}/`)));
    const importsAndBulk = [SERVICE_CONSTRUCTS.registerImport.id, SERVICE_CONSTRUCTS.bulkFileProcessing.id];

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(24),
      widgets: [
        [
          new cloudwatch.TextWidget({
            markdown: `# Tawasul — ${props.stage}\nEvery alarm below has its entry in the README's runbook. Times are UTC; Riyadh is UTC+3.`,
            width: WIDE,
            height: 2,
          }),
        ],
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms, width: WIDE, height: 4 })],
        [
          routeGraph('API: requests per route', 'Count', 'Sum', 'requests'),
          routeGraph('API: p99 latency per route (ms)', 'Latency', 'p99', 'p99 latency'),
        ],
        [
          routeGraph('API: 4xx per route', '4XXError', 'Sum', '4xx'),
          routeGraph('API: 5xx per route', '5XXError', 'Sum', '5xx'),
        ],
        [
          perFunction('Functions: errors', (fn) => fnMetric(fn, 'Errors', 'Sum')),
          perFunction('Functions: throttles', (fn) => fnMetric(fn, 'Throttles', 'Sum')),
          perFunction('Functions: p99 duration (ms)', (fn) => fnMetric(fn, 'Duration', 'p99')),
        ],
        [
          executions(props.review, 'Review workflow'),
          new cloudwatch.GraphWidget({
            title: 'Reviews: SLA escalations, started from the stream, by the reconciliation, stuck',
            width: THIRD,
            left: [
              serviceMetric(ESCALATION_METRIC, ESCALATION_METRIC.name),
              serviceMetric(REVIEW_START_METRICS, REVIEW_START_METRICS.started),
              serviceMetric(REVIEW_START_METRICS, REVIEW_START_METRICS.startedByReconciliation),
              serviceMetric(REVIEW_START_METRICS, REVIEW_START_METRICS.stuck),
            ],
          }),
          executions(props.reminders, 'Reminder sweep'),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Reminder sweep: sent, skipped, uncertain, deferred for budget, digests, failed batches (per day)',
            width: WIDE,
            left: [
              REMINDER_METRICS.sent,
              REMINDER_METRICS.skipped,
              REMINDER_METRICS.uncertain,
              REMINDER_METRICS.deferredForBudget,
              REMINDER_METRICS.digestsSent,
              REMINDER_METRICS.failedBatches,
            ].map((name) => serviceMetric(REMINDER_METRICS, name, 'Sum', Duration.days(1))),
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'SMS: delivered (%) of the receipts of each hour',
            width: THIRD,
            left: [
              new cloudwatch.MathExpression({
                expression: 'IF((d + f) > 0, 100 * d / (d + f))',
                usingMetrics: { d: smsReceipts(SMS_METRICS.delivered), f: smsReceipts(SMS_METRICS.failed) },
                period: Duration.hours(1),
                label: 'delivered (%)',
              }),
            ],
            leftYAxis: { min: 0, max: 100 },
          }),
          new cloudwatch.GraphWidget({
            title: 'SMS: month-to-date spend (USD)',
            width: THIRD,
            left: [
              new cloudwatch.Metric({
                namespace: 'AWS/SNS',
                metricName: 'SMSMonthToDateSpentUSD',
                statistic: 'Maximum',
                period: Duration.hours(1),
                label: 'SNS month-to-date spend',
              }),
              serviceMetric(SMS_METRICS, SMS_METRICS.monthToDateSpend, 'Maximum'),
            ],
            leftAnnotations: [
              { value: props.smsMonthlyBudgetUsd, label: 'monthly budget' },
              { value: 0.8 * props.smsMonthlyBudgetUsd, label: '80%: alarm', color: cloudwatch.Color.ORANGE },
            ],
          }),
          new cloudwatch.GraphWidget({
            title: 'SMS: delivered, failed, records lost, receipts unmatched',
            width: THIRD,
            left: [
              SMS_METRICS.delivered,
              SMS_METRICS.failed,
              SMS_METRICS.recordsLost,
              SMS_METRICS.receiptsUnmatched,
            ].map((name) => smsReceipts(name)),
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Dead-letter queues: messages waiting',
            width: HALF,
            left: deadLetterQueues.map((queue) =>
              queue.metricApproximateNumberOfMessagesVisible({
                period: FIVE_MINUTES,
                statistic: 'Maximum',
                label: pathInStack(queue),
              }),
            ),
          }),
          new cloudwatch.GraphWidget({
            title: "Register imports and establishments' bulk files: function errors",
            width: HALF,
            left: underOf(importsAndBulk).map((fn) => fnMetric(fn, 'Errors', 'Sum')),
          }),
        ],
      ],
    });
  }
}
