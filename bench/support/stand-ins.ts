import { randomUUID } from 'node:crypto';
import type { LocalStepFunctions } from '../../lib/local/local-step-functions.js';
import { startSmsEndpoint } from '../../lib/local/sms-endpoint.js';
import { startStepFunctionsEndpoint } from '../../lib/local/step-functions-endpoint.js';

/**
 * Loopback stand-ins for Step Functions and SNS: the local runtime's own endpoints, speaking each
 * service's protocol, with no engine behind them. A function's StartExecution, SendTaskSuccess and
 * Publish then cost one local round trip each, as its baseline's do, and no workflow runs.
 */
export const startStandIns = async (stateMachineName: string) => {
  const sent = new Map<string, string>();
  const sms = await startSmsEndpoint((phone, message) => {
    sent.set(phone, message);
    return randomUUID();
  });
  const idle = { start: () => undefined, sendTaskSuccess: () => undefined } as unknown as LocalStepFunctions;
  const stepFunctions = await startStepFunctionsEndpoint(idle, stateMachineName);
  return {
    sfnEndpoint: stepFunctions.endpoint,
    snsEndpoint: sms.endpoint,
    /** The last message published to a phone, for the baseline to publish the same text. */
    lastSms: (phone: string) => {
      const message = sent.get(phone);
      if (message === undefined) throw new Error('No SMS was published to that phone');
      return message;
    },
    close: () => {
      sms.server.close();
      stepFunctions.server.close();
    },
  };
};
