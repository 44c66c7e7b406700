import type { InquiryRepository } from '../../domain/inquiries/ports.js';
import { InquiryNotFound } from '../../domain/shared/errors.js';
import type { MessageLog } from '../../domain/sms/ports.js';
import { localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { residentOf } from '../../http/identity.js';
import { inquiryDetail } from '../../http/inquiry-representation.js';
import { notificationsOf } from '../../http/notification-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { noteOpenedByAnswerer } from '../../runtime/reply-request-opened.js';
import { documentRegister } from '../../runtime/residents.js';
import { messageLog } from '../../runtime/sms.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

export const createHandler = (
  deps: { inquiries: InquiryRepository; messages: Pick<MessageLog, 'forInquiry'>; clock: () => Date } & SignInDeps,
) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const reference = referenceFrom(event);
      const inquiry = await deps.inquiries.findForResident(resident, reference);
      if (!inquiry) throw new InquiryNotFound('No such inquiry for this resident');
      const now = deps.clock();
      await noteOpenedByAnswerer(deps.inquiries, inquiry, now);
      const notifications = notificationsOf(await deps.messages.forInquiry(reference), now, 'resident');
      return success(ROUTE_CONTRACTS.GetInquiry, inquiryDetail(inquiry, localeOf(event), notifications));
    },
    { signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  messages: messageLog(),
  clock,
  signIns: documentRegister(),
});
