import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Step } from '../baselines/sdk-plan.js';
import type { BenchEstablishmentStaff, BenchResident } from '../support/residents.js';

/**
 * How one function is measured: the request it gets, and the SDK calls its baseline makes for the
 * same request — on fixtures of its own where a request changes what it finds, so that both sides
 * always meet the same state. The bench checks on the wire that the two make the same calls.
 */
export interface Scenario {
  /** The function, by its construct id (functions/contract/routes.ts, triggers.ts). */
  fn: string;
  /** Set when a function is measured more than one way; its first scenario gives its cold start. */
  variant?: string;
  /** The resident the request comes from: their first call in a container reads their profile beside the route. */
  resident?: BenchResident;
  /** The establishment's staff member the request comes from: their first call in a container reads its contact beside the route. */
  staff?: BenchEstablishmentStaff;
  /** The answer is data the function bundles (the category list): its baseline bundles the same JSON. */
  bundledAnswer?: true;
  /**
   * What only a container's first request reads before the request's own calls: data the function
   * keeps for later requests (the published processing times).
   */
  firstRequestReads?: (bench: Bench) => Step[];
  /** Warm requests measured when fewer than BENCH_WARM_RUNS keep the bench within minutes (a request of many calls). */
  warmRuns?: number;
  /** Settings that differ from the deployed environment in the bench, each with its reason in the scenario. */
  environment?: Record<string, string>;
  /**
   * What a task's answer must say, e.g. `VERIFIED` (an API answer must be 2xx); each measured answer
   * is checked, so a fixture gone wrong cannot turn into a fast error path.
   */
  outcome?: (result: unknown) => string;
  expectedOutcome?: string;
  prepare(bench: Bench): Promise<Invocations>;
}

export interface Invocations {
  /** The function's event for one request. */
  event(): Promise<unknown>;
  /** The calls its baseline makes for the same request (without the cold start's profile read, which the bench adds). */
  calls(): Promise<Step[]>;
}

/** What scenarios build their fixtures with. */
export interface Bench {
  tables: { inquiries: string; residents: string; reminderLog: string; stats: string; messages: string };
  buckets: { attachments: string; register: string };
  reviewStateMachine: string;
  db: DynamoDBDocumentClient;
  s3: S3Client;
  /** Runs a function (its deployed bundle, in the bench's process) and fails on an error answer. */
  invoke(fn: string, event: unknown): Promise<unknown>;
  /** An API answer's body, parsed. */
  invokeApi(fn: string, event: unknown): Promise<unknown>;
  /** A copy of an inquiry's partition (the inquiry and its attachments) under a new reference. */
  copyInquiry(reference: string): Promise<string>;
  /** The stored item under a key, as the function left it. */
  item(table: string, key: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** The last SMS the stand-in took for a phone. */
  lastSms(phone: string): string;
  /** Runs `action` with the functions' clock moved by `offsetMs` (the local runtime's clock offset). */
  withClockOffset<T>(offsetMs: number, action: () => Promise<T>): Promise<T>;
}
