import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_METRICS, SMS_METRICS } from '../../functions/contract/metrics.js';
import { buildApp } from '../../lib/aws/app.js';
import { projectContext } from '../../lib/aws/project-context.js';

type Widget = { type: string; properties: { title?: string; metrics?: unknown[][]; alarms?: string[] } };

describe('the operations dashboard', () => {
  let outdir: string;
  let service: Stack;
  let widgets: Widget[];
  let text: string;

  beforeAll(() => {
    // Prepare
    outdir = mkdtempSync(join(tmpdir(), 'tawasul-dashboard-'));
    ({ service } = buildApp({ outdir, context: projectContext({ stage: 'dev', 'aws:cdk:bundling-stacks': [] }) }));
    const dashboard = service.node.findAll().find((c) => c instanceof cloudwatch.Dashboard) as cloudwatch.Dashboard;
    // Tokens resolve to CloudFormation expressions; the body is read with each written as its JSON.
    const resolved = service.resolve((dashboard.node.defaultChild as cloudwatch.CfnDashboard).dashboardBody) as unknown;
    const parts = (resolved as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    text = parts.map((part) => (typeof part === 'string' ? part : `«${JSON.stringify(part)}»`)).join('');
    widgets = (JSON.parse(text.replace(/«[^»]*»/g, 'TOKEN')) as { widgets: Widget[] }).widgets;
  }, 180_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const titled = (words: RegExp) => widgets.filter((w) => words.test(w.properties.title ?? ''));

  it('when the stage is synthesized, it has one dashboard with the widgets the issue asks for', () => {
    // Assess
    const titles = widgets.map((w) => w.properties.title).filter(Boolean);
    for (const expected of [
      /requests per route/,
      /4xx per route/,
      /5xx per route/,
      /p99 latency per route/,
      /Functions: errors/,
      /Functions: throttles/,
      /Functions: p99 duration/,
      /Review workflow: executions started, failed, timed out/,
      /SLA escalations/,
      /Reminder sweep: sent, skipped, uncertain, deferred/,
      /SMS: delivered \(%\)/,
      /month-to-date spend/,
      /Dead-letter queues/,
      /imports .* bulk files/,
      /^Alarms$/,
    ])
      expect(titles.some((title) => expected.test(title!))).toBe(true);
  });

  it('when the API widgets are read, they search the method metrics of this API and stage, a line per route', () => {
    // Assess
    const searches = text.match(/SEARCH\('[^']*'/g) ?? [];
    for (const metricName of ['Count', '4XXError', '5XXError', 'Latency'])
      expect(searches.some((search) => search.includes(`MetricName=\\"${metricName}\\"`))).toBe(true);
    expect(searches.every((search) => search.includes('ApiName=\\"') && search.includes('Stage=\\"dev\\"'))).toBe(true);
    expect(text).toMatch(/SEARCH\('\{AWS\/ApiGateway,ApiName,Method,Resource,Stage\}/);
  });

  it('when the stack has functions and dead-letter queues, every one of them is on the dashboard, and every alarm', () => {
    // Prepare
    const constructs = service.node.findAll();
    const functions = constructs.filter((c) => c instanceof lambda.Function);
    const queues = constructs.filter((c) => c instanceof sqs.Queue && /DeadLetter/.test(c.node.id));
    const alarms = constructs.filter((c) => c instanceof cloudwatch.Alarm);
    // Act
    const errorLines = titled(/^Functions: errors$/)[0]!.properties.metrics!;
    const queueLines = titled(/Dead-letter queues/)[0]!.properties.metrics!;
    const alarmArns = titled(/^Alarms$/)[0]!.properties.alarms!;
    // Assess
    expect(functions.length).toBeGreaterThan(20);
    expect(errorLines).toHaveLength(functions.length);
    expect(queues.length).toBeGreaterThan(3);
    expect(queueLines).toHaveLength(queues.length);
    expect(alarmArns).toHaveLength(alarms.length);
  });

  it('when the SMS widgets are read, they show the receipts, the spend against the budget and the sweep figures', () => {
    // Assess
    for (const name of [
      SMS_METRICS.delivered,
      SMS_METRICS.failed,
      SMS_METRICS.monthToDateSpend,
      'SMSMonthToDateSpentUSD',
      REMINDER_METRICS.sent,
      REMINDER_METRICS.skipped,
      REMINDER_METRICS.uncertain,
      REMINDER_METRICS.deferredForBudget,
    ])
      expect(text).toContain(`"${name}"`);
    expect(text).toContain('"label":"80%: alarm"');
  });
});
