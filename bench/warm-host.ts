import { pathToFileURL } from 'node:url';
import { LAMBDA_CONTEXT } from './support/lambda-context.js';
import { installWireRecorder, startRecording, stopRecording } from './support/wire-recorder.js';

/**
 * A Lambda container stand-in for warm requests: one process holding one function's bundle and its
 * baseline's, nothing else, so that neither shares a heap with the other functions. The bench sends
 * one request at a time; each is timed here, around the handler alone, and its calls recorded on request.
 */

export type HostRequest =
  | { type: 'load'; own: string; baseline: string }
  | { type: 'call'; side: 'own' | 'baseline'; event: unknown; record: boolean };
export interface HostReply {
  ms?: number;
  result?: unknown;
  error?: string;
  calls?: Awaited<ReturnType<typeof stopRecording>>;
}

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

installWireRecorder({
  dynamodb: process.env.AWS_ENDPOINT_URL_DYNAMODB!,
  s3: process.env.AWS_ENDPOINT_URL_S3!,
  sfn: process.env.AWS_ENDPOINT_URL_SFN!,
  sns: process.env.AWS_ENDPOINT_URL_SNS!,
});

const handlers: Partial<Record<'own' | 'baseline', Handler>> = {};
const load = async (file: string) => ((await import(pathToFileURL(file).href)) as { handler: Handler }).handler;

const serve = async (request: HostRequest): Promise<HostReply> => {
  if (request.type === 'load') {
    handlers.own = await load(request.own);
    handlers.baseline = await load(request.baseline);
    return {};
  }
  if (request.record) startRecording();
  const started = performance.now();
  try {
    const result = await handlers[request.side]!(request.event, LAMBDA_CONTEXT);
    const ms = performance.now() - started;
    return { ms, result, ...(request.record && { calls: await stopRecording() }) };
  } catch (error) {
    if (request.record) await stopRecording();
    return { error: String((error as Error).stack ?? error) };
  }
};

process.on('message', (request: HostRequest) => {
  void serve(request).then((reply) => process.send!(reply));
});
