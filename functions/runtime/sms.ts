import { SnsSmsSender } from '../adapters/sms/sns-sms-sender.js';
import { once } from './once.js';
import { snsClient } from './sns-client.js';

export const smsSender = /* @__PURE__ */ once(() => new SnsSmsSender(snsClient()));
