import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Reviewer } from '../domain/inquiries/caller.js';
import { callerOf } from './identity.js';
import { HttpRequestError } from './request-errors.js';

/** The reviewer the token names; a resident's token on a reviewer route is refused with 403. */
export const reviewerOf = (event: APIGatewayProxyEvent): Reviewer => {
  const caller = callerOf(event);
  if (caller.kind !== 'reviewer') throw new HttpRequestError('forbidden', 'Reviewer routes need a reviewer token');
  return caller.reviewer;
};
