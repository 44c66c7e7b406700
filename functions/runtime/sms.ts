import { SnsSmsSender } from '../adapters/sms/sns-sms-sender.js';
import { snsClient } from './sns-client.js';
import { once } from './once.js';

export const smsSender = /* @__PURE__ */ once(() => new SnsSmsSender(snsClient()));
