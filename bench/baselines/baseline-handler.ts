import type { Answer, BaselineEvent, ClientName, SdkCall, Step } from './sdk-plan.js';

/**
 * The bare handler every baseline is: it runs the SDK calls its event lists — nothing of ours, no
 * middleware, validation, logging or domain code — and answers what the function answered. The SDK
 * clients, command classes and presigners are given by the generated entry (baseline-entry.ts), so a
 * baseline bundles exactly the SDK packages its function bundles.
 */

interface Sender {
  send(command: unknown): Promise<Record<string, unknown>>;
}

export interface BaselineParts {
  clients: Partial<Record<ClientName, Sender>>;
  commands: Record<string, new (input: Record<string, unknown>) => unknown>;
  signUrl?: (client: never, command: never, options: { expiresIn: number }) => Promise<string>;
  presignPost?: (client: never, input: never) => Promise<unknown>;
  /** An answer that is the same for every request (static data the function bundles too). */
  answer?: Answer;
}

/** Reads a streamed body to its end, as any caller of GetObject must. */
const drained = async (output: Record<string, unknown>) => {
  const body = output.Body as { transformToByteArray?: () => Promise<Uint8Array> } | undefined;
  if (body?.transformToByteArray) await body.transformToByteArray();
  return output;
};

export const baselineHandler = (parts: BaselineParts) => {
  const clientOf = (call: SdkCall) => {
    const client = parts.clients[call.client];
    if (!client) throw new Error(`The baseline bundles no ${call.client} client`);
    return client;
  };
  const commandOf = (call: SdkCall) => {
    const Command = parts.commands[call.command];
    if (!Command) throw new Error(`The baseline bundles no ${call.command}`);
    return new Command(call.input);
  };
  const send = async (call: SdkCall): Promise<unknown> => {
    if (call.presign?.kind === 'url')
      return parts.signUrl!(clientOf(call) as never, commandOf(call) as never, { expiresIn: call.presign.expiresIn });
    if (call.presign?.kind === 'post') return parts.presignPost!(clientOf(call) as never, call.input as never);
    return drained(await clientOf(call).send(commandOf(call)));
  };
  const run = async (steps: Step[]): Promise<void> => {
    for (const step of steps) {
      if ('concurrently' in step) await Promise.all(step.concurrently.map(run));
      else await send(step);
    }
  };
  return async (event: BaselineEvent) => {
    await run(event.steps);
    const answer = event.answer ?? parts.answer;
    if (!answer) throw new Error('The baseline was given no answer');
    return 'result' in answer
      ? answer.result
      : { statusCode: answer.statusCode, headers: answer.headers, body: JSON.stringify(answer.json) };
  };
};
