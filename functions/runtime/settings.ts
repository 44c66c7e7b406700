import { ENVIRONMENT } from '../contract/environment.js';
import { DEFAULT_LEAD_DAYS } from '../contract/reminder-leads.js';
import { parseLeadDays } from '../domain/reminders/reminder-schedule.js';
import { optionalVariable, positiveNumberVariable, requiredVariable } from './environment-variables.js';
import { once } from './once.js';

/**
 * Every variable the Lambda runtime reads, each read once, when a function's wiring first asks for
 * it — at cold start, since handler modules build their wiring while they load. A function asks
 * only for what it uses: a variable its construct did not set fails that function's cold start,
 * naming the variable, and no other function's. The defaults of the optional ones are all here.
 * (The one variable read elsewhere is the local runtime's clock offset: the clock reads it on every
 * call, since it moves while the handlers are loaded.)
 */
export const settings = {
  inquiriesTable: once(() => requiredVariable(ENVIRONMENT.inquiriesTable)),
  residentsTable: once(() => requiredVariable(ENVIRONMENT.residentsTable)),
  reminderLogTable: once(() => requiredVariable(ENVIRONMENT.reminderLogTable)),
  statsTable: once(() => requiredVariable(ENVIRONMENT.statsTable)),
  messagesTable: once(() => requiredVariable(ENVIRONMENT.messagesTable)),
  attachmentsBucket: once(() => requiredVariable(ENVIRONMENT.attachmentsBucket)),
  registerBucket: once(() => requiredVariable(ENVIRONMENT.registerBucket)),
  reviewStateMachine: once(() => requiredVariable(ENVIRONMENT.reviewStateMachine)),
  /** No holidays: only Fridays and Saturdays are days off. */
  holidays: once(() => optionalVariable(ENVIRONMENT.holidays, '')),
  /** None: no web page may read the API's answers from a browser. */
  allowedOrigins: once(() => optionalVariable(ENVIRONMENT.allowedOrigins, '').split(',').filter(Boolean)),
  reminderLeadDays: once(() =>
    parseLeadDays(optionalVariable(ENVIRONMENT.reminderLeadDays, DEFAULT_LEAD_DAYS.join(','))),
  ),
  /** The reminder batch's share of the account's SMS rate, which its construct always sets. */
  smsPerSecond: once(() => positiveNumberVariable(ENVIRONMENT.smsPerSecond)),
  /** What a sending function's construct always sets: the stage's expected price of one SMS part. */
  smsPricePerPartUsd: once(() => positiveNumberVariable(ENVIRONMENT.smsPricePerPartUsd)),
  smsMonthlyBudgetUsd: once(() => positiveNumberVariable(ENVIRONMENT.smsMonthlyBudgetUsd)),
  /** Off unless GuardDuty malware protection scans the attachments bucket. */
  requireCleanScan: once(() => optionalVariable(ENVIRONMENT.requireCleanScan, 'false') === 'true'),
  /** Virtual-hosted buckets, as in AWS; the local S3 emulator needs the bucket in the path. */
  s3PathStyle: once(() => optionalVariable(ENVIRONMENT.s3PathStyle, 'false') === 'true'),
} as const;
