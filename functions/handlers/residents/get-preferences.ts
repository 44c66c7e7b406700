import { clock } from '../../runtime/clock.js';
import { documentRegister } from '../../runtime/residents.js';
import { createGetHandler } from './preferences-handlers.js';

export const handler = createGetHandler({ register: documentRegister(), clock });
