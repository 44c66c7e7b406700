import * as v from 'valibot';
import type { DocumentChangeDeps, DocumentDeps } from '../../domain/residents/document-deps.js';
import { getPreferences } from '../../domain/residents/get-preferences.js';
import { updatePreferences } from '../../domain/residents/update-preferences.js';
import { LOCALES } from '../../domain/shared/locale.js';
import { json } from '../../http/api-event.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { parseInput } from '../../http/validation.js';
import { apiFunction } from '../../runtime/api-function.js';

const PreferencesBody = v.strictObject({ locale: v.picklist(LOCALES), smsReminders: v.boolean() });

/** GET: the language reminders are written in and whether they are sent. */
export const createGetHandler = (deps: DocumentDeps) =>
  apiFunction(async (event) => json(200, await getPreferences(deps, residentOf(event))), { signIns: deps.register });

/** PUT: both settings at once; reminders are on until the resident turns them off. */
export const createPutHandler = (deps: DocumentChangeDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { preferences, replayed } = await updatePreferences(
        deps,
        resident,
        parseInput(PreferencesBody, event.jsonBody),
        idempotencyKey,
      );
      return json(200, preferences, replayHeaders(replayed));
    },
    { body: { maxBytes: 1024 }, signIns: deps.register },
  );
