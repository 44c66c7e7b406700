import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import { METRICS_NAMESPACE } from '../contract/metrics.js';
import { SERVICE_NAME as serviceName } from '../contract/service-name.js';

/**
 * The one logger, metrics and tracer of a function, made once per cold start. The tracer switches
 * itself off outside Lambda (the local runtime, tests), where there is no X-Ray daemon to send to.
 */
export const logger = new Logger({ serviceName });
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
export const tracer = new Tracer({ serviceName });

/**
 * What every invocation runs inside: log lines carry the invocation's context (request id, cold
 * start), and the trace a segment for the handler. Neither takes the event or the response: both
 * carry residents' personal data, which no log and no trace may hold.
 */
export const invocationObservability = (log: Logger = logger): MiddlewareObj[] => [
  injectLambdaContext(log, { logEvent: false }),
  captureLambdaHandler(tracer, { captureResponse: false }),
];
