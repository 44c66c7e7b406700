import { localeOf } from '../../http/api-event.js';
import { filerOf } from '../../http/identity.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { categoryList } from './category-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/**
 * The request types, for residents and establishments' staff filing (staff file on an employee's
 * behalf) and reviewers reading: any other token is refused, as the contract says.
 */
export const createHandler = () =>
  apiFunction(async (event) => {
    filerOf(event);
    return success(ROUTE_CONTRACTS.ListCategories, categoryList(localeOf(event)));
  });

export const handler = createHandler();
