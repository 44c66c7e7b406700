import { clock } from '../../runtime/clock.js';
import { documentRegister, residentClaims } from '../../runtime/residents.js';
import { createPutHandler } from './preferences-handlers.js';

export const handler = createPutHandler({ register: documentRegister(), claims: residentClaims(), clock });
