import { localeOf } from '../../http/api-event.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { categoryList } from './category-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

export const createHandler = () =>
  apiFunction(async (event) => success(ROUTE_CONTRACTS.ListCategories, categoryList(localeOf(event))));

export const handler = createHandler();
