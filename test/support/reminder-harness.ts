import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbEmployeeDocumentCounts } from '../../functions/adapters/establishments/dynamodb-employee-document-counts.js';
import { DynamoDbEstablishmentContacts } from '../../functions/adapters/establishments/dynamodb-establishment-contacts.js';
import { DynamoDbReminderLog } from '../../functions/adapters/reminders/dynamodb-reminder-log.js';
import { DynamoDbDocumentRegister } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { constructPath, SERVICE_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { DEFAULT_LEAD_DAYS } from '../../functions/contract/reminder-leads.js';
import { SERVICE_NAME } from '../../functions/contract/service-name.js';
import { REMINDER_TASKS } from '../../functions/contract/triggers.js';
import type { SweepRequest } from '../../functions/domain/reminders/plan-sweep.js';
import type { ReminderLog } from '../../functions/domain/reminders/ports.js';
import type { SweepSummary } from '../../functions/domain/reminders/summarize-sweep.js';
import type { SmsSender } from '../../functions/domain/sms/ports.js';
import { SmsBudget } from '../../functions/domain/sms/sms-budget.js';
import { createHandler as createPlan } from '../../functions/handlers/reminders/plan-sweep.js';
import { createHandler as createDigest } from '../../functions/handlers/reminders/send-digest-batch.js';
import { createHandler as createSend } from '../../functions/handlers/reminders/send-reminder-batch.js';
import { createHandler as createSummarize } from '../../functions/handlers/reminders/summarize-sweep.js';
import { LocalStepFunctions } from '../../lib/local/local-step-functions.js';
import { functionLogicalId, localFunctionArn, stateMachineOf } from '../../lib/local/review-state-machine.js';
import type { SynthesizedSystem } from '../../lib/local/synthesized-templates.js';
import { ManualClock } from './manual-clock.js';

const { reminderSweep } = SERVICE_CONSTRUCTS;

/** What each SMS the harness sends costs: one part at the README's assumed price. */
export const PRICE_PER_PART_USD = 0.0247;

export interface SentSms {
  phone: string;
  message: string;
}

export interface ReminderHarnessOptions {
  documentClient: DynamoDBDocumentClient;
  residentsTable: string;
  reminderLogTable: string;
  /** Wraps the DynamoDB reminder log, e.g. to inject faults between a send and its record. */
  wrapLog?: (log: ReminderLog) => ReminderLog;
  /** Replaces the recording SMS sender, e.g. with one that fails. */
  wrapSms?: (sms: SmsSender) => SmsSender;
  /** Retry waits of the state machine, in ms (the deployed ones are seconds, with jitter). */
  retryIntervalMs?: number;
  /** The month's SMS budget the sweep keeps to, each SMS costing PRICE_PER_PART_USD; none when not set. */
  monthlyBudgetUsd?: number;
  /** The instant the sweep's clock stands at: the day the reminders are sent, whatever the machine's date. */
  now: Date;
}

/**
 * The synthesized reminder sweep run by the local engine, its tasks the real handlers over DynamoDB
 * Local, its SMS recorded: what the deployed sweep does, on one machine, in a test's time.
 */
export const reminderHarness = (system: SynthesizedSystem, options: ReminderHarnessOptions) => {
  const clock = new ManualClock(options.now);
  const register = new DynamoDbDocumentRegister(options.documentClient, options.residentsTable);
  const sent: SentSms[] = [];
  const recording: SmsSender = {
    send: async (phone, message) => {
      sent.push({ phone, message });
      return { outcome: 'sent', messageId: `sms-${sent.length}` };
    },
  };
  const reminderLog = new DynamoDbReminderLog(options.documentClient, options.reminderLogTable);
  const budgetOf = (monthlyBudgetUsd: number) =>
    new SmsBudget({
      spend: { monthSpend: async () => sent.length * PRICE_PER_PART_USD },
      monthlyBudgetUsd,
      pricePerPartUsd: PRICE_PER_PART_USD,
      clock: () => clock.now(),
    });
  let budget = budgetOf(options.monthlyBudgetUsd ?? Number.POSITIVE_INFINITY);
  const deps = {
    register,
    cursors: reminderLog,
    log: (options.wrapLog ?? ((log) => log))(reminderLog),
    sms: (options.wrapSms ?? ((sms) => sms))(recording),
    clock: () => clock.now(),
    budget: {
      reserve: (...args: Parameters<SmsBudget['reserve']>) => budget.reserve(...args),
      settle: (...args: Parameters<SmsBudget['settle']>) => budget.settle(...args),
    },
  };
  const contacts = new DynamoDbEstablishmentContacts(options.documentClient, options.residentsTable);
  const counts = new DynamoDbEmployeeDocumentCounts(options.documentClient, options.residentsTable);
  const metrics = new Metrics({ namespace: 'Test', serviceName: SERVICE_NAME });
  metrics.publishStoredMetrics = () => metrics;
  const arn = (id: string) => localFunctionArn(functionLogicalId(system, constructPath(reminderSweep.id, id)));
  const tasks = new Map<string, (payload: never) => Promise<unknown>>([
    [arn(REMINDER_TASKS.plan.id), createPlan({ clock: deps.clock, leadDays: [...DEFAULT_LEAD_DAYS] })],
    [arn(REMINDER_TASKS.send.id), createSend(deps)],
    [arn(REMINDER_TASKS.digest.id), createDigest({ ...deps, contacts, counts })],
    [arn(REMINDER_TASKS.summarize.id), createSummarize(metrics)],
  ]);
  const definition = stateMachineOf(system, constructPath(reminderSweep.id, reminderSweep.stateMachine)).definition;
  const engine = new LocalStepFunctions({
    definition:
      options.retryIntervalMs === undefined ? definition : withRetryInterval(definition, options.retryIntervalMs),
    invoke: async (functionArn, payload) => tasks.get(functionArn)!(payload as never),
    clock,
  });
  let runs = 0;
  return {
    register,
    contacts,
    sent,
    clock,
    /** A new budget for the month, as ops would raise it (the sweep reads it afresh). */
    setMonthlyBudget: (monthlyBudgetUsd: number) => {
      budget = budgetOf(monthlyBudgetUsd);
    },
    run: (request: SweepRequest) => engine.execute(`sweep-${++runs}`, request) as Promise<SweepSummary>,
  };
};

type Definition = ReturnType<typeof stateMachineOf>['definition'];

/** The same definition with every retry waiting `ms` (and no jitter), so that retried tests stay fast. */
const withRetryInterval = (definition: Definition, ms: number): Definition => {
  const copy = structuredClone(definition);
  const visit = (states: Record<string, Record<string, unknown>>) => {
    for (const state of Object.values(states)) {
      for (const retrier of (state.Retry as Record<string, unknown>[] | undefined) ?? []) {
        retrier.IntervalSeconds = ms / 1000;
        delete retrier.JitterStrategy;
      }
      const nested = (state.ItemProcessor ?? state.Iterator) as
        | { States: Record<string, Record<string, unknown>> }
        | undefined;
      if (nested) visit(nested.States);
    }
  };
  visit(copy.States);
  return copy;
};
