import { type DynamoDbLocal, startDynamoDbLocal } from '../../lib/local/dynamodb-local.js';

/**
 * DynamoDB Local (in memory) for a benchmark, stopped however the run ends: a killed bench must not
 * leave Java running. Signals stop it and exit with the signal's code; any other exit kills it.
 */
export const benchDynamoDbLocal = () => {
  let running: DynamoDbLocal | undefined;
  /** Set while DynamoDB Local is starting: a signal then must wait for it, or its Java would be left behind. */
  let starting: Promise<DynamoDbLocal> | undefined;
  const stop = async () => {
    const started = running ?? (await starting?.catch(() => undefined));
    running = undefined;
    starting = undefined;
    await started?.stop();
  };
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping DynamoDB Local…\n`);
      void stop().finally(() => process.exit(code));
    });
  }
  // Last resort (an uncaught error, process.exit elsewhere): exit handlers must be synchronous.
  process.once('exit', () => {
    const child = running?.process;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    start: async (): Promise<DynamoDbLocal> => {
      starting = startDynamoDbLocal();
      running = await starting;
      starting = undefined;
      return running;
    },
    stop,
  };
};
