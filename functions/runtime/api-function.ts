import { type ApiHandlerOptions, type ApiRoute, apiHandler } from '../http/api-handler.js';
import { invocationObservability, logger } from './observability.js';
import { settings } from './settings.js';

/**
 * An API function as deployed: the shared HTTP middlewares, inside this function's logging context
 * and trace, answering the deployment's web origins (ALLOWED_ORIGINS).
 */
export const apiFunction = (route: ApiRoute, options: Partial<ApiHandlerOptions> = {}) => {
  const log = options.logger ?? logger;
  return apiHandler(route, {
    allowedOrigins: settings.allowedOrigins(),
    observability: invocationObservability(log),
    ...options,
    logger: log,
  });
};
