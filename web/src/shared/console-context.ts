import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api/api-client.js';
import type { ConsoleConfig } from './console-config.js';
import type { SignedInUser } from './session/signed-in-user.js';

/** What every page is given: the stage's settings, the API client and who is signed in. */
export interface ConsoleContextValue {
  config: ConsoleConfig;
  api: Api;
  user: SignedInUser;
}

export const ConsoleContext = createContext<ConsoleContextValue | undefined>(undefined);

export const useConsole = (): ConsoleContextValue => {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('A page was rendered outside the console');
  return value;
};
