import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { PROJECT_ROOT } from '../../lib/project-context.js';
import type { ObjectCreatedEvent } from '../adapters/s3-object-created.js';
import { IMPORT_REGISTER, REMINDER_TASKS, REVIEW_TASKS, ROUTES, VERIFY_UPLOAD } from '../routes.js';
import { LOCAL_AWS, startDynamoDbLocal } from './dynamodb-local.js';
import { functionEnvironment } from './function-environment.js';
import { type LambdaHandler, createLocalServer } from './local-server.js';
import { deliverObjectCreated, objectCreatedRule } from './object-created-delivery.js';
import { bucketsOf, startS3Emulator } from './s3-emulator.js';
import { synthesizeSystem } from './synthesized-templates.js';
import { ensureTables, tablesOf } from './template-tables.js';
import { ENVIRONMENT } from '../adapters/environment.js';
import { TokenIssuer } from './token-issuer.js';
import { LocalStepFunctions } from './local-step-functions.js';
import { functionLogicalId, localFunctionArn, stateMachineOf } from './review-state-machine.js';
import { SmsOutbox } from './sms-outbox.js';
import { startStepFunctionsEndpoint } from './step-functions-endpoint.js';
import { VirtualClock } from './virtual-clock.js';
import { startSmsEndpoint } from './sms-endpoint.js';
import { dailyScheduleOf, firingsBetween } from './daily-schedule.js';
import { LocalRegisterDrop } from './local-register-drop.js';
import { LocalReminderSweep } from './local-reminder-sweep.js';

const TASK_PATHS = [
  ...Object.values(REVIEW_TASKS).map((task) => ({ ...task, path: `ReviewWorkflow/${task.id}` })),
  ...Object.values(REMINDER_TASKS).map((task) => ({ ...task, path: `ReminderSweep/${task.id}` })),
];
const VERIFY_UPLOAD_PATH = { ...VERIFY_UPLOAD, path: `UploadVerification/${VERIFY_UPLOAD.id}`, rule: 'UploadVerification/ObjectCreated' };
const IMPORT_REGISTER_PATH = { ...IMPORT_REGISTER, path: `RegisterImport/${IMPORT_REGISTER.id}`, rule: 'RegisterImport/FileDropped' };

export interface LocalRuntimeOptions {
  port: number;
  host?: string;
  /** Where DynamoDB Local's files and the token signing key are kept between runs. */
  dataDir: string;
  log?: (line: string) => void;
}

export interface LocalRuntime {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the whole system on one machine: DynamoDB Local and the S3 emulator with the tables and
 * buckets of the synthesized template, the functions' environment from the same template, the
 * handlers behind a local API Gateway, S3's object events delivered to the verify handler, and the
 * synthesized review state machine run on a virtual clock, its SMS kept in an outbox.
 */
export const startLocalRuntime = async (options: LocalRuntimeOptions): Promise<LocalRuntime> => {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const system = synthesizeSystem();
  const dynamodb = await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
  const s3 = await startS3Emulator({ dataDir: join(dataDir, 's3'), buckets: bucketsOf(system.dataTemplate) }).catch(async (error: unknown) => {
    await dynamodb.stop();
    throw error;
  });
  const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS });
  const clock = new VirtualClock(join(dataDir, 'clock.json'));
  const outbox = new SmsOutbox(join(dataDir, 'sms-outbox.jsonl'), () => clock.now(), log);
  const taskHandlers = new Map<string, (payload: unknown) => Promise<unknown>>();
  const reviewMachine = stateMachineOf(system, 'ReviewWorkflow/StateMachine');
  const invoke = async (functionArn: string, payload: unknown) => {
    const handler = taskHandlers.get(functionArn);
    if (!handler) throw new Error(`No local handler for ${functionArn}`);
    return handler(payload);
  };
  const sendSms = (phone: string, message: string) => void outbox.send(phone, message);
  const review = new LocalStepFunctions({
    definition: reviewMachine.definition,
    invoke,
    clock,
    journalFile: join(dataDir, 'review-executions.json'),
    log,
  });
  const reminderMachine = stateMachineOf(system, 'ReminderSweep/StateMachine');
  const reminders = new LocalReminderSweep(new LocalStepFunctions({ definition: reminderMachine.definition, invoke, clock, log }));
  const dailySweep = dailyScheduleOf(system, reminderMachine.logicalId);
  const stepFunctions = await startStepFunctionsEndpoint(review, reviewMachine.logicalId);
  const sms = await startSmsEndpoint(sendSms);
  const registerDrop = new LocalRegisterDrop(s3.endpoint, objectCreatedRule(system, IMPORT_REGISTER_PATH.rule).bucketName);
  const stopAll = async () => {
    client.destroy();
    stepFunctions.server.close();
    sms.server.close();
    registerDrop.close();
    await Promise.all([dynamodb.stop(), s3.stop()]);
  };
  try {
    await ensureTables(client, tablesOf(system.dataTemplate));
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_SFN: stepFunctions.endpoint,
      AWS_ENDPOINT_URL_SNS: sms.endpoint,
      [ENVIRONMENT.s3PathStyle]: 'true',
      ...functionEnvironment(system, [
        ...ROUTES.map((route) => ({ id: route.id, path: route.id })),
        VERIFY_UPLOAD_PATH,
        IMPORT_REGISTER_PATH,
        ...TASK_PATHS,
      ]),
    });
    // Imported only now, so that their clients are created with the environment set above.
    const load = async <T>(entry: string) => ((await import(pathToFileURL(join(PROJECT_ROOT, entry)).href)) as { handler: T }).handler;
    const handlers = new Map<string, LambdaHandler>();
    for (const route of ROUTES) handlers.set(route.id, await load<LambdaHandler>(route.entry));
    for (const task of TASK_PATHS) {
      taskHandlers.set(localFunctionArn(functionLogicalId(system, task.path)), await load<(payload: unknown) => Promise<unknown>>(task.entry));
    }
    for (const target of [VERIFY_UPLOAD_PATH, IMPORT_REGISTER_PATH]) {
      s3.onObjectCreated(deliverObjectCreated(objectCreatedRule(system, target.rule), await load<(event: ObjectCreatedEvent) => Promise<unknown>>(target.entry), log));
    }
    const server = createLocalServer({
      routes: ROUTES,
      handlers,
      issuer: await TokenIssuer.load(join(dataDir, 'keys', 'token-signing-key.json')),
      allowedOrigins: (process.env[ENVIRONMENT.allowedOrigins] ?? '').split(',').filter(Boolean),
      local: {
        sms: (phone) => outbox.list(phone),
        now: () => clock.now(),
        // Timers fire in order, and the daily sweep runs at each of its times on the way.
        advance: async (ms) => {
          const target = new Date(clock.now().getTime() + ms);
          for (const firing of firingsBetween(dailySweep, clock.now(), target)) {
            await review.advanceTo(firing);
            await reminders.run({ scheduledTime: firing.toISOString() });
          }
          await review.advanceTo(target);
          return clock.now();
        },
        runReminders: (date) => reminders.run({ date }),
        importRegisterFile: (name, body) => registerDrop.drop(name, body),
      },
      health: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        const s3Status = await fetch(s3.endpoint).then((r) => r.ok || r.status === 403);
        if (!s3Status) throw new Error('S3 emulator is not answering');
        return { api: 'ok', dynamodb: 'ok', s3: 'ok' };
      },
      log,
    });
    server.listen(options.port, options.host ?? '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const resumed = review.resumeJournal();
    if (resumed > 0) log(`Resumed ${resumed} review workflow execution(s) where they were waiting`);
    await review.settled();
    return {
      url: `http://${options.host ?? '127.0.0.1'}:${port}`,
      stop: async () => {
        server.close();
        server.closeAllConnections();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
};
