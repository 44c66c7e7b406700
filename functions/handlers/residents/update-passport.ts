import * as v from 'valibot';
import type { DocumentChangeDeps } from '../../domain/residents/document-deps.js';
import { updatePassport } from '../../domain/residents/update-passport.js';
import { json } from '../../http/api-event.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { calendarDate, identifier, parseInput } from '../../http/validation.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { documentRegister, residentClaims } from '../../runtime/residents.js';
import { documentView } from './document-representation.js';

const PassportBody = v.strictObject({
  // The rules (documents/passport-rules) judge the format; the schema only bounds the size.
  passportNumber: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
  issueDate: calendarDate(),
  expiryDate: calendarDate(),
  dependentId: v.optional(identifier()),
});

/** The passport update service: a renewed passport for the resident or a dependent, checked before it is kept. */
export const createHandler = (deps: DocumentChangeDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { document, replayed } = await updatePassport(
        deps,
        resident,
        parseInput(PassportBody, event.jsonBody),
        idempotencyKey,
      );
      return json(200, documentView(document, deps.clock()), replayHeaders(replayed));
    },
    { body: { maxBytes: 4 * 1024 }, signIns: deps.register },
  );

export const handler = createHandler({ register: documentRegister(), claims: residentClaims(), clock });
