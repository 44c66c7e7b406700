import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, GetItemCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ObjectCreatedEvent } from '../../functions/adapters/shared/s3-object-created.js';
import { messageKey } from '../../functions/adapters/sms/dynamodb-message-log.js';
import { constructPath, SERVICE_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { ROUTES } from '../../functions/contract/routes.js';
import {
  IMPORT_REGISTER,
  PROCESS_BULK_FILE,
  PROJECT_INQUIRY_STATS,
  RECONCILE_REVIEWS,
  RECORD_SMS_DELIVERY,
  REFRESH_PROCESSING_TIMES,
  REMINDER_TASKS,
  REVIEW_TASKS,
  START_REVIEW,
  VERIFY_UPLOAD,
} from '../../functions/contract/triggers.js';
import type { ReceiptStatus } from '../../functions/domain/sms/message-record.js';
import { PROJECT_ROOT } from '../aws/project-context.js';
import { API_DOCUMENT_FILE } from './api-docs.js';
import { corsConfigurationOf } from './bucket-cors.js';
import { cachedConsoleBuild } from './console-build-cache.js';
import { dailyScheduleOf, firingsBetween } from './daily-schedule.js';
import { freePort, type LaunchedDynamoDbLocal, LOCAL_AWS } from './dynamodb-local.js';
import { functionEnvironment } from './function-environment.js';
import { LocalFaults } from './local-faults.js';
import { LocalRegisterDrop } from './local-register-drop.js';
import { LocalReminderSweep } from './local-reminder-sweep.js';
import { createLocalServer, type LambdaHandler } from './local-server.js';
import { LocalStepFunctions } from './local-step-functions.js';
import { deliverObjectCreated, objectCreatedRule } from './object-created-delivery.js';
import { functionLogicalId, localFunctionArn, stateMachineOf } from './review-state-machine.js';
import { bucketsOf, startS3Emulator } from './s3-emulator.js';
import { startSmsEndpoint } from './sms-endpoint.js';
import { SmsOutbox } from './sms-outbox.js';
import { deliveryLogGroupsOf, subscriptionEvent } from './sms-receipts.js';
import { startStepFunctionsEndpoint } from './step-functions-endpoint.js';
import { cachedSystem } from './synth-cache.js';
import { type StreamHandler, startTableStreamDelivery } from './table-stream-delivery.js';
import { ensureTables, tablesOf } from './template-tables.js';
import { TokenIssuer } from './token-issuer.js';
import { VirtualClock } from './virtual-clock.js';
import { loadConsoleFiles } from './web-console.js';

const {
  reviewWorkflow,
  reminderSweep,
  uploadVerification,
  registerImport,
  bulkFileProcessing,
  reviewStart,
  reviewReconciliation,
  statsProjection,
  processingTimesRefresh,
  smsDeliveryReceipts,
} = SERVICE_CONSTRUCTS;
const TASK_PATHS = [
  ...Object.values(REVIEW_TASKS).map((task) => ({ ...task, path: constructPath(reviewWorkflow.id, task.id) })),
  ...Object.values(REMINDER_TASKS).map((task) => ({ ...task, path: constructPath(reminderSweep.id, task.id) })),
];
const VERIFY_UPLOAD_PATH = {
  ...VERIFY_UPLOAD,
  path: constructPath(uploadVerification.id, VERIFY_UPLOAD.id),
  rule: constructPath(uploadVerification.id, uploadVerification.rule),
};
const IMPORT_REGISTER_PATH = {
  ...IMPORT_REGISTER,
  path: constructPath(registerImport.id, IMPORT_REGISTER.id),
  rule: constructPath(registerImport.id, registerImport.rule),
};
const PROCESS_BULK_FILE_PATH = {
  ...PROCESS_BULK_FILE,
  path: constructPath(bulkFileProcessing.id, PROCESS_BULK_FILE.id),
  rule: constructPath(bulkFileProcessing.id, bulkFileProcessing.rule),
};
const EVENT_TARGETS = [VERIFY_UPLOAD_PATH, IMPORT_REGISTER_PATH, PROCESS_BULK_FILE_PATH];
const REFRESH_PROCESSING_TIMES_PATH = {
  ...REFRESH_PROCESSING_TIMES,
  path: constructPath(processingTimesRefresh.id, REFRESH_PROCESSING_TIMES.id),
};
/** The functions the inquiries table's stream is mapped to, delivered in this order after each write. */
const STREAM_TARGETS = [
  { ...START_REVIEW, path: constructPath(reviewStart.id, START_REVIEW.id) },
  { ...PROJECT_INQUIRY_STATS, path: constructPath(statsProjection.id, PROJECT_INQUIRY_STATS.id) },
];
const RECONCILE_REVIEWS_PATH = {
  ...RECONCILE_REVIEWS,
  path: constructPath(reviewReconciliation.id, RECONCILE_REVIEWS.id),
};

const RECORD_SMS_DELIVERY_PATH = {
  ...RECORD_SMS_DELIVERY,
  path: constructPath(smsDeliveryReceipts.id, RECORD_SMS_DELIVERY.id),
};

/** How the local outbox's carrier answers: by itself, a share of messages failing, or only when told to. */
export interface LocalSmsReceipts {
  mode: 'auto' | 'manual';
  /** The share of messages an automatic carrier fails, at random (0 to 1). */
  failureShare: number;
}

/** SNS's own words for the two outcomes, as its delivery logs give them. */
const CARRIER_WORDS = {
  DELIVERED: 'Message has been accepted by phone carrier',
  FAILED: 'Unknown error attempting to reach phone',
} as const;

/** How long an automatic receipt waits for the message's record before it is played anyway. */
const RECORD_WAIT_MS = 5_000;

export interface LocalRuntimeOptions {
  port: number;
  host?: string;
  /** Where the S3 emulator's files, the token signing key and the local clock are kept between runs. */
  dataDir: string;
  /**
   * DynamoDB Local, launched by the caller as early as it can be: the JVM is the slowest part to
   * come up. The runtime takes charge of it, and stops it with itself or when it cannot start.
   */
  dynamodb: LaunchedDynamoDbLocal;
  log?: (line: string) => void;
  /** Told of each start-up phase as it ends: what was done, and how long it took. */
  progress?: (phase: string, ms: number) => void;
  /** Automatic receipts, every message delivered, unless set. */
  smsReceipts?: LocalSmsReceipts;
  /** The month's SMS budget in USD in place of the stage's, e.g. a tiny one for a test of the spend guard. */
  smsMonthlyBudgetUsd?: number;
  /** Where a new data folder's clock begins, if not now (see VirtualClock). */
  clockStartsAt?: Date;
}

export interface LocalRuntime {
  url: string;
  /** The web console's address, and whether its build came from the cache or took `buildMs`. */
  console: { url: string; cached: boolean; buildMs: number };
  /** The runtime's time: its virtual clock. */
  now(): Date;
  stop(): Promise<void>;
}

/**
 * Starts the whole system on one machine: DynamoDB Local and the S3 emulator with the tables and
 * buckets of the synthesized template, the functions' environment from the same template, the
 * handlers behind a local API Gateway, S3's object events delivered to the verify handler, and the
 * synthesized review state machine run on a virtual clock, its SMS kept in an outbox.
 *
 * All that does not need DynamoDB Local — templates, S3 emulator, signing key, handlers — is done
 * while it boots.
 */
export const startLocalRuntime = async (options: LocalRuntimeOptions): Promise<LocalRuntime> => {
  const log = options.log ?? (() => undefined);
  const phase = async <T>(name: string, work: () => Promise<T>, done: (value: T) => string) => {
    const started = performance.now();
    const value = await work();
    options.progress?.(`${name}: ${done(value)}`, performance.now() - started);
    return value;
  };
  const dataDir = resolve(options.dataDir);
  const stops: Array<() => unknown> = [];
  const stopAll = async () => {
    await Promise.allSettled(stops.splice(0).map(async (stop) => stop()));
  };
  try {
    const { dynamodb } = options;
    stops.push(() => dynamodb.stop());
    // Vite builds the console (or it is read from the cache) while everything else starts.
    const consoleStarted = performance.now();
    const consoleBuilding = phase(
      'Console',
      async () => {
        const { value, cached } = await cachedConsoleBuild();
        return { files: await loadConsoleFiles(value), cached, buildMs: performance.now() - consoleStarted };
      },
      ({ cached }) =>
        cached ? 'from the cache (nothing it is built from has changed)' : 'built with Vite, and cached',
    );
    consoleBuilding.catch(() => undefined);
    const host = options.host ?? '127.0.0.1';
    // Known before anything starts: the S3 emulator and the API allow the console's origins.
    const port = options.port || (await freePort());
    const consoleOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
    const keyFile = join(dataDir, 'keys', 'token-signing-key.json');
    const keyKept = existsSync(keyFile);
    const issuerLoading = phase(
      'Signing key',
      () => TokenIssuer.load(keyFile),
      () => (keyKept ? 'loaded' : 'created'),
    );
    issuerLoading.catch(() => undefined);
    const { value: system } = await phase(
      'Templates',
      () => cachedSystem(),
      ({ cached }) =>
        cached
          ? 'from the cache (nothing the synth reads has changed)'
          : 'synthesized with the cdk-nag packs, and cached',
    );

    const clock = new VirtualClock(join(dataDir, 'clock.json'), options.clockStartsAt);
    const outbox = new SmsOutbox(join(dataDir, 'sms-outbox.jsonl'), () => clock.now(), log);
    const taskHandlers = new Map<string, (payload: unknown) => Promise<unknown>>();
    const reviewMachine = stateMachineOf(system, constructPath(reviewWorkflow.id, reviewWorkflow.stateMachine));
    const invoke = async (functionArn: string, payload: unknown) => {
      const handler = taskHandlers.get(functionArn);
      if (!handler) throw new Error(`No local handler for ${functionArn}`);
      return handler(payload);
    };
    /** Set once the receipts' function is loaded: the carrier's automatic answer to each message. */
    let answerLater: (messageId: string) => void = () => undefined;
    const sendSms = (phone: string, message: string) => {
      const { messageId } = outbox.send(phone, message);
      answerLater(messageId);
      return messageId;
    };
    const review = new LocalStepFunctions({
      definition: reviewMachine.definition,
      invoke,
      clock,
      journalFile: join(dataDir, 'review-executions.json'),
      log,
    });
    const reminderMachine = stateMachineOf(system, constructPath(reminderSweep.id, reminderSweep.stateMachine));
    const reminders = new LocalReminderSweep(
      new LocalStepFunctions({ definition: reminderMachine.definition, invoke, clock, log }),
    );
    const dailySweep = dailyScheduleOf(system, reminderMachine.logicalId);
    const dailyRefresh = dailyScheduleOf(system, functionLogicalId(system, REFRESH_PROCESSING_TIMES_PATH.path));
    const faults = new LocalFaults();
    /** Each part is stopped with the runtime, or at once if a later part cannot start. */
    const stoppedLater = <T>(part: T, stop: (part: T) => unknown) => {
      stops.push(() => stop(part));
      return part;
    };
    const [s3, stepFunctions, sms] = await Promise.all([
      phase(
        'S3 emulator',
        () =>
          startS3Emulator({
            dataDir: join(dataDir, 's3'),
            buckets: bucketsOf(system.dataTemplate),
            cors: new Map(
              bucketsOf(system.dataTemplate).flatMap((logicalId) => {
                const cors = corsConfigurationOf(system.dataTemplate, logicalId, consoleOrigins);
                return cors ? [[logicalId, cors]] : [];
              }),
            ),
          }),
        () => 'answering',
      ).then((s3) => stoppedLater(s3, () => s3.stop())),
      startStepFunctionsEndpoint(review, reviewMachine.logicalId, faults).then((endpoint) =>
        stoppedLater(endpoint, () => endpoint.server.close()),
      ),
      startSmsEndpoint(sendSms).then((endpoint) => stoppedLater(endpoint, () => endpoint.server.close())),
    ]);
    const registerDrop = stoppedLater(
      new LocalRegisterDrop(s3.endpoint, objectCreatedRule(system, IMPORT_REGISTER_PATH.rule).bucketName),
      (drop) => drop.close(),
    );
    const client = stoppedLater(new DynamoDBClient({ endpoint: dynamodb.endpoint, ...LOCAL_AWS }), (client) =>
      client.destroy(),
    );

    const environment = functionEnvironment(system, [
      ...ROUTES.map((route) => ({ id: route.id, path: constructPath(SERVICE_CONSTRUCTS.routeFunctions.id, route.id) })),
      VERIFY_UPLOAD_PATH,
      IMPORT_REGISTER_PATH,
      PROCESS_BULK_FILE_PATH,
      REFRESH_PROCESSING_TIMES_PATH,
      ...TASK_PATHS,
      ...STREAM_TARGETS,
      RECONCILE_REVIEWS_PATH,
      RECORD_SMS_DELIVERY_PATH,
    ]);
    const allowedOrigins = [
      ...new Set([...(environment[ENVIRONMENT.allowedOrigins] ?? '').split(',').filter(Boolean), ...consoleOrigins]),
    ];
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_SFN: stepFunctions.endpoint,
      AWS_ENDPOINT_URL_SNS: sms.endpoint,
      [ENVIRONMENT.s3PathStyle]: 'true',
      ...environment,
      // The stage's origins and the runtime's own, so that the API's CORS agrees with the bucket's.
      [ENVIRONMENT.allowedOrigins]: allowedOrigins.join(','),
      ...(options.smsMonthlyBudgetUsd !== undefined && {
        [ENVIRONMENT.smsMonthlyBudgetUsd]: String(options.smsMonthlyBudgetUsd),
      }),
    });
    // Imported only now, so that their clients are created with the environment set above; none
    // calls a service while loading, so this goes on while DynamoDB Local boots.
    const load = async <T>(entry: string) =>
      ((await import(pathToFileURL(join(PROJECT_ROOT, entry)).href)) as { handler: T }).handler;
    const handlers = new Map<string, LambdaHandler>();
    const streamHandlers = new Map<string, StreamHandler>();
    let reconcile: (event: object) => Promise<unknown> = async () => undefined;
    await phase(
      'Handlers',
      async () => {
        for (const route of ROUTES) handlers.set(route.id, await load<LambdaHandler>(route.entry));
        for (const task of TASK_PATHS) {
          taskHandlers.set(
            localFunctionArn(functionLogicalId(system, task.path)),
            await load<(payload: unknown) => Promise<unknown>>(task.entry),
          );
        }
        for (const target of STREAM_TARGETS) streamHandlers.set(target.path, await load<StreamHandler>(target.entry));
        reconcile = await load<(event: object) => Promise<unknown>>(RECONCILE_REVIEWS_PATH.entry);
        for (const target of EVENT_TARGETS) {
          s3.onObjectCreated(
            deliverObjectCreated(
              objectCreatedRule(system, target.rule),
              await load<(event: ObjectCreatedEvent) => Promise<unknown>>(target.entry),
              log,
            ),
          );
        }
      },
      () =>
        `${ROUTES.length} routes, ${TASK_PATHS.length} tasks, ${EVENT_TARGETS.length + STREAM_TARGETS.length} event and stream targets`,
    );

    const recordDelivery = await load<(event: object) => Promise<unknown>>(RECORD_SMS_DELIVERY_PATH.entry);
    const deliveryLogs = deliveryLogGroupsOf(system, functionLogicalId(system, RECORD_SMS_DELIVERY_PATH.path), {
      DELIVERED: constructPath(smsDeliveryReceipts.id, smsDeliveryReceipts.delivered),
      FAILED: constructPath(smsDeliveryReceipts.id, smsDeliveryReceipts.failed),
    });
    /** A carrier's receipt, written to its delivery log group and handed on as the group's subscription filter would. */
    const playReceipt = async (messageId: string, status: ReceiptStatus, providerResponse: string) => {
      const line = outbox.receipt(messageId, status, providerResponse);
      await recordDelivery(
        subscriptionEvent(deliveryLogs[status], [{ message: line, timestamp: clock.now().getTime() }]),
      );
    };
    const messagesTable = environment[ENVIRONMENT.messagesTable] ?? '';
    /** A record is written once SNS answered the Publish: a receipt before it would find no message. */
    const recordWritten = async (messageId: string) => {
      const until = performance.now() + RECORD_WAIT_MS;
      while (performance.now() < until) {
        const found = await client.send(
          new GetItemCommand({ TableName: messagesTable, Key: marshall(messageKey(messageId)), ConsistentRead: true }),
        );
        if (found.Item) return;
        await setTimeout(25);
      }
    };
    const receipts = options.smsReceipts ?? { mode: 'auto', failureShare: 0 };
    const answering = new Set<Promise<void>>();
    stops.push(() => Promise.allSettled([...answering]));
    if (receipts.mode === 'auto')
      answerLater = (messageId) => {
        const status: ReceiptStatus = Math.random() < receipts.failureShare ? 'FAILED' : 'DELIVERED';
        const answer = recordWritten(messageId)
          .then(() => playReceipt(messageId, status, CARRIER_WORDS[status]))
          .catch((error: Error) => log(`The receipt of SMS ${messageId} could not be played: ${error.message}`))
          .finally(() => answering.delete(answer));
        answering.add(answer);
      };

    const refreshProcessingTimes = await load<(request: { scheduledTime?: string }) => Promise<unknown>>(
      REFRESH_PROCESSING_TIMES_PATH.entry,
    );

    await dynamodb.ready;
    const tables = tablesOf(system.dataTemplate);
    await phase(
      'Tables',
      () => ensureTables(client, tables),
      () => `${tables.length} in place`,
    );
    // After the tables, whose stream they read: each function as its own mapping, from its own checkpoint.
    const streams = await Promise.all(
      STREAM_TARGETS.map(async (target) =>
        stoppedLater(
          await startTableStreamDelivery({
            system,
            functionLogicalId: functionLogicalId(system, target.path),
            handler: streamHandlers.get(target.path)!,
            dynamodbEndpoint: dynamodb.endpoint,
            checkpointDir: join(dataDir, 'streams'),
            log,
          }),
          (delivery) => delivery.stop(),
        ),
      ),
    );
    /** Every write made so far has reached every function its stream is mapped to. */
    const streamsSettled = async () => {
      await Promise.all(streams.map((delivery) => delivery.settled()));
    };
    const dailyReconciliation = dailyScheduleOf(system, functionLogicalId(system, RECONCILE_REVIEWS_PATH.path));
    const reconcileReviews = async (event: object) => {
      await streamsSettled();
      return reconcile(event);
    };
    const built = await consoleBuilding;
    const server = createLocalServer({
      routes: ROUTES,
      handlers,
      issuer: await issuerLoading,
      apiDocument: await readFile(API_DOCUMENT_FILE),
      allowedOrigins,
      local: {
        sms: (phone) => outbox.list(phone),
        smsReceipt: (messageId, status, providerResponse) =>
          playReceipt(messageId, status, providerResponse ?? CARRIER_WORDS[status]),
        now: () => clock.now(),
        // Timers fire in order, and the daily sweep, refresh and reconciliation run at each of their
        // times on the way, each once what the stream carries so far has been delivered.
        advance: async (ms) => {
          const target = new Date(clock.now().getTime() + ms);
          const firings = [
            ...firingsBetween(dailySweep, clock.now(), target).map((at) => ({
              at,
              run: () => reminders.run({ scheduledTime: at.toISOString() }),
            })),
            ...firingsBetween(dailyRefresh, clock.now(), target).map((at) => ({
              at,
              run: () => refreshProcessingTimes({ scheduledTime: at.toISOString() }),
            })),
            ...firingsBetween(dailyReconciliation, clock.now(), target).map((at) => ({
              at,
              run: () => reconcileReviews({ scheduledTime: at.toISOString() }),
            })),
          ].sort((a, b) => a.at.getTime() - b.at.getTime());
          await streamsSettled();
          for (const firing of firings) {
            await review.advanceTo(firing.at);
            await streamsSettled();
            // As the scheduler would retry and then dead-letter it: a failed run does not stop time.
            await firing
              .run()
              .catch((error: Error) => log(`The run scheduled at ${firing.at.toISOString()} failed: ${error.message}`));
          }
          await review.advanceTo(target);
          await streamsSettled();
          return clock.now();
        },
        runReminders: (date) => reminders.run({ date }),
        importRegisterFile: (name, body) => registerDrop.drop(name, body),
        // On demand, as an operator invokes the function (with {}), once the stream's changes are counted.
        refreshProcessingTimes: async () => {
          await streamsSettled();
          return refreshProcessingTimes({});
        },
        faults,
        reconcileReviews: () => reconcileReviews({}),
      },
      health: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        const s3Status = await fetch(s3.endpoint).then((r) => r.ok || r.status === 403);
        if (!s3Status) throw new Error('S3 emulator is not answering');
        return { api: 'ok', dynamodb: 'ok', s3: 'ok' };
      },
      console: { files: built.files, s3Origin: s3.endpoint, origins: consoleOrigins },
      log,
    });
    stoppedLater(server, () => {
      server.close();
      server.closeAllConnections();
    });
    server.listen(port, host);
    await once(server, 'listening');
    const resumed = review.resumeJournal();
    if (resumed > 0)
      await phase(
        'Review workflows',
        () => review.settled(),
        () => `${resumed} execution(s) resumed where they were waiting`,
      );
    const url = `http://${host}:${port}`;
    return {
      url,
      console: { url: `${url}/`, cached: built.cached, buildMs: built.buildMs },
      now: () => clock.now(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
};
