import * as v from 'valibot';
import { type DocumentDeps, getPreferences, setPreferences } from '../core/documents/resident-documents.js';
import { LOCALES } from '../core/locale.js';
import { json } from '../http/api-event.js';
import { apiHandler } from '../http/api-handler.js';
import { residentOf } from '../http/identity.js';
import { parseInput } from '../http/validation.js';

const PreferencesBody = v.strictObject({ locale: v.picklist(LOCALES), smsReminders: v.boolean() });

/** GET: the language reminders are written in and whether they are sent. */
export const createGetHandler = (deps: DocumentDeps) =>
  apiHandler(async (event) => json(200, await getPreferences(deps, residentOf(event))), { signIns: deps.register });

/** PUT: both settings at once; reminders are on until the resident turns them off. */
export const createPutHandler = (deps: DocumentDeps) =>
  apiHandler(async (event) => json(200, await setPreferences(deps, residentOf(event), parseInput(PreferencesBody, event.jsonBody))), {
    body: { maxBytes: 1024 },
    signIns: deps.register,
  });
