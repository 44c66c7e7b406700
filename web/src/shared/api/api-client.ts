import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../../../functions/contract/openapi-types.js';
import type { ConsoleConfig } from '../console-config.js';
import type { Language } from '../i18n/language.js';
import { idToken } from '../session/session.js';

export type Api = Client<paths>;

/** A schema the contract names, e.g. `Schema<'InquiryDetail'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * The console's client of the API, typed by the generated contract: every request carries the
 * signed-in person's token and the chosen language, read afresh at each call.
 */
export const apiClient = (config: ConsoleConfig, language: () => Language): Api => {
  const client = createClient<paths>({ baseUrl: config.apiUrl });
  client.use({
    async onRequest({ request }) {
      const token = await idToken(config);
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      request.headers.set('accept-language', language());
      return request;
    },
  });
  return client;
};
