import type { APIGatewayProxyEvent } from 'aws-lambda';
import { parseReference, type Reference } from '../domain/inquiries/reference.js';
import { ValidationFailed } from '../domain/shared/errors.js';

/** The `{reference}` path parameter, as a person may have typed it; a typo is reported as such. */
export const referenceFrom = (event: APIGatewayProxyEvent): Reference => {
  const reference = parseReference(event.pathParameters?.reference ?? '');
  if (!reference) throw new ValidationFailed([{ pointer: '/path/reference', code: 'invalid_reference' }]);
  return reference;
};
