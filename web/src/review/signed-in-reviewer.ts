import { useEffect, useState } from 'preact/hooks';
import { CLAIMS } from '../../../functions/contract/identity.js';
import { useConsole } from '../shared/console-context.js';
import { idToken } from '../shared/session/session.js';
import { payloadOf } from '../shared/session/signed-in-user.js';

/**
 * The signed-in reviewer's id, as the API knows them (the token's subject): what an inquiry's
 * `rejectedBy` and its internal notes' `reviewerId` name. Undefined until read.
 */
export const useReviewerId = (): string | undefined => {
  const { config } = useConsole();
  const [id, setId] = useState<string>();
  useEffect(() => {
    void idToken(config).then((token) => {
      const subject = token ? payloadOf(token)?.[CLAIMS.subject] : undefined;
      if (typeof subject === 'string') setId(subject);
    });
  }, [config]);
  return id;
};
