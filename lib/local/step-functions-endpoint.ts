import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '../../functions/adapters/shared/system-clock.js';
import { LocalFaults } from './local-faults.js';
import { type LocalStepFunctions, StepFunctionsError } from './local-step-functions.js';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './review-state-machine.js';

/**
 * The part of the Step Functions API the handlers call (StartExecution, SendTaskSuccess), spoken
 * in its own JSON protocol, so that the handlers' SDK client works unchanged against the local
 * engine. It listens on loopback only. While `faults` say so, StartExecution is refused as by an
 * unavailable service: 503 `ServiceUnavailable`, which the SDK retries and then raises.
 */
export const startStepFunctionsEndpoint = async (
  engine: LocalStepFunctions,
  stateMachineName: string,
  faults = new LocalFaults(),
): Promise<{ endpoint: string; server: Server }> => {
  const server = createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify(body));
    };
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, string>;
      switch (request.headers['x-amz-target']) {
        case 'AWSStepFunctions.StartExecution': {
          if (faults.current().startExecution === 'refuse')
            return reply(503, { __type: 'ServiceUnavailable', message: 'Refused by the local fault switch' });
          if (body.stateMachineArn !== stateMachineName)
            return reply(400, { __type: 'StateMachineDoesNotExist', message: 'No such state machine' });
          engine.start(body.name!, JSON.parse(body.input ?? '{}'));
          return reply(200, {
            executionArn: `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:execution:${stateMachineName}:${body.name}`,
            startDate: systemClock().getTime() / 1000,
          });
        }
        case 'AWSStepFunctions.SendTaskSuccess':
          engine.sendTaskSuccess(body.taskToken!, body.output ?? '{}');
          return reply(200, {});
        default:
          return reply(400, { __type: 'UnknownOperationException', message: 'Not emulated locally' });
      }
    } catch (error) {
      if (error instanceof StepFunctionsError) return reply(400, { __type: error.type, message: error.message });
      return reply(500, { __type: 'InternalFailure', message: (error as Error).message });
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
};
