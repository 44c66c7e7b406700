/**
 * What a baseline does, as data: the AWS SDK calls a function makes for one request, in the same
 * order and with the same concurrency, and the answer it gives. A baseline is this plan run by a
 * bare handler (baseline-handler.ts), so its cost is the SDK's alone.
 */

/** The SDK clients a baseline can hold, named as the function bundles them. */
export type ClientName = 'dynamodb' | 's3' | 'sfn' | 'sns';

/** One SDK call: the client, the command class by its exported name, and the command's input. */
export interface SdkCall {
  client: ClientName;
  /** e.g. `GetCommand` (DynamoDB document client), `StartExecutionCommand`, `PublishCommand`. */
  command: string;
  input: Record<string, unknown>;
  /**
   * Signed locally instead of sent: `url` through @aws-sdk/s3-request-presigner (with `expiresIn`
   * seconds), `post` through @aws-sdk/s3-presigned-post (`command` is then unused).
   */
  presign?: { kind: 'url'; expiresIn: number } | { kind: 'post' };
}

/** Lanes that run at the same time, each a sequence of steps (a middleware beside the route, a pool of workers). */
export interface Concurrently {
  concurrently: Step[][];
}

export type Step = SdkCall | Concurrently;

/** What the function answered: an API result (its body parsed) or a task's return value. */
export type Answer = { statusCode: number; headers?: Record<string, string>; json: unknown } | { result: unknown };

/** The event a baseline handler is invoked with; the answer may instead be bundled with it. */
export interface BaselineEvent {
  steps: Step[];
  answer?: Answer;
}

const call =
  (client: ClientName) =>
  (command: string, input: Record<string, unknown>): SdkCall => ({ client, command, input });

export const dynamodb = call('dynamodb');
export const s3 = call('s3');
export const sfn = call('sfn');
export const sns = call('sns');

export const signedUrl = (input: Record<string, unknown>, expiresIn: number): SdkCall => ({
  client: 's3',
  command: 'GetObjectCommand',
  input,
  presign: { kind: 'url', expiresIn },
});

export const presignedPost = (input: Record<string, unknown>): SdkCall => ({
  client: 's3',
  command: 'createPresignedPost',
  input,
  presign: { kind: 'post' },
});

export const concurrently = (lanes: Step[][]): Concurrently => ({ concurrently: lanes });

/** Every call of a plan, lanes flattened: what the generator must import and the comparison expects. */
export const callsOf = (steps: Step[]): SdkCall[] =>
  steps.flatMap((step) => ('concurrently' in step ? step.concurrently.flatMap(callsOf) : [step]));
