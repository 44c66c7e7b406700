import type { InquiryRepository } from '../../domain/inquiries/ports.js';
import { localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { residentOf } from '../../http/identity.js';
import { inquirySummary } from '../../http/inquiry-representation.js';
import { contractQuery, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.ListInquiries;

export const createHandler = (deps: { inquiries: InquiryRepository } & SignInDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const query = contractQuery(contract, event);
      const page = await deps.inquiries.listForResident(resident, query);
      const locale = localeOf(event);
      return success(contract, {
        items: page.items.map((inquiry) => inquirySummary(inquiry, locale)),
        ...(page.nextCursor && { nextCursor: page.nextCursor }),
      });
    },
    { signIns: deps.signIns },
  );

export const handler = createHandler({ inquiries: inquiryRepository(), signIns: documentRegister() });
