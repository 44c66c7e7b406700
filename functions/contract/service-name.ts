/** The service's name in its logs and the `service` dimension of its metrics (Powertools' serviceName). */
export const SERVICE_NAME = 'tawasul';
