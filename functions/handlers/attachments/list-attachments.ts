import { listAttachments } from '../../domain/attachments/list-attachments.js';
import { localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { attachmentView } from '../../http/attachment-representation.js';
import { callerOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

export const createHandler = (deps: Parameters<typeof listAttachments>[0] & SignInDeps) =>
  apiFunction(
    async (event) => {
      const attachments = await listAttachments(deps, callerOf(event), referenceFrom(event));
      const locale = localeOf(event);
      return success(ROUTE_CONTRACTS.ListAttachments, {
        items: attachments.map((attachment) => attachmentView(attachment, locale)),
      });
    },
    { signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  signIns: documentRegister(),
});
