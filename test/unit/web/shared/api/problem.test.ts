import { describe, expect, it } from 'vitest';
import { failureOf, fieldErrors, problemCode } from '../../../../../web/src/shared/api/problem.js';

const validationProblem = {
  type: 'urn:tawasul:problem:validation-failed',
  title: 'بيانات الطلب غير صالحة',
  status: 400,
  detail: 'صحح الحقول',
  errors: [
    { pointer: '/number', field: 'number', code: 'invalid', detail: 'رقم الجواز غير صالح' },
    { pointer: '/number', field: 'number', code: 'too_long', detail: 'second' },
    { pointer: '/query/status', field: 'query.status', code: 'not_allowed_value', detail: 'status?' },
  ],
};

describe("the API's problems as the console shows them", () => {
  it('when the answer is a problem, each field gets its first error, in the words the API gave', () => {
    // Act
    const failure = failureOf(400, validationProblem);

    // Assess
    expect(problemCode(failure)).toBe('validation-failed');
    expect([...fieldErrors(failure)]).toEqual([
      ['number', 'رقم الجواز غير صالح'],
      ['query.status', 'status?'],
    ]);
  });

  it.each([
    ['no body', undefined],
    ['a gateway page', '<html>502</html>'],
    ['an object that is no problem', { message: 'Internal server error' }],
    ['a hostile object', JSON.parse('{"__proto__":{"type":"x","title":"y","detail":"z"}}')],
  ])('when the answer has %s, the failure keeps its status and no problem', (_, body) => {
    // Act
    const failure = failureOf(502, body);

    // Assess
    expect(failure).toEqual({ status: 502 });
    expect(fieldErrors(failure).size).toBe(0);
  });
});
