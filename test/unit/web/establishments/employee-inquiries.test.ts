import { describe, expect, it } from 'vitest';
import {
  employeeInquiryHref,
  filingFailure,
  isNotYourInquiry,
  newEmployeeInquiryHref,
  prefilledIqamaNumber,
} from '../../../../web/src/establishments/employee-inquiries.js';
import { fieldErrors } from '../../../../web/src/shared/api/problem.js';

const NOT_FOUND = {
  status: 404,
  problem: {
    type: 'urn:tawasul:problem:employee-not-found',
    title: 'Employee not found',
    status: 404,
    detail: 'There is no employee of your establishment with this number.',
  },
};

describe('the requests an establishment files for its employees, as the console addresses them', () => {
  it('when the form is reached from an employee, the number it carries fills the field', () => {
    // Act
    const href = newEmployeeInquiryHref('2000000006');
    // Assess
    expect(href).toBe('/establishment/inquiries/new?iqamaNumber=2000000006');
    expect(prefilledIqamaNumber(href.slice(href.indexOf('?')))).toBe('2000000006');
    expect(newEmployeeInquiryHref()).toBe('/establishment/inquiries/new');
  });

  it.each([
    ['no number', ''],
    ['letters', '?iqamaNumber=abc'],
    ['more than ten digits', '?iqamaNumber=20000000061'],
    ['markup', '?iqamaNumber=%3Cb%3E1%3C%2Fb%3E'],
  ])('when the address carries %s, the field starts empty', (_, search) => {
    // Act & Assess
    expect(prefilledIqamaNumber(search)).toBe('');
  });

  it('when a reference is linked to, it is its own path segment', () => {
    // Act & Assess
    expect(employeeInquiryHref('TW-JQPT-744R-KWAM')).toBe('/establishment/inquiries/TW-JQPT-744R-KWAM');
    expect(employeeInquiryHref('a/b')).toBe('/establishment/inquiries/a%2Fb');
  });
});

describe('a filing the API refused, as the form shows it', () => {
  it('when the number is nobody the establishment employs, the API’s words are told beside the iqama number', () => {
    // Act
    const shown = filingFailure(NOT_FOUND);
    // Assess
    expect(fieldErrors(shown)).toEqual(new Map([['iqamaNumber', NOT_FOUND.problem.detail]]));
    expect(shown?.status).toBe(404);
    expect(shown?.problem?.title).toBe('Employee not found');
  });

  it('when the fields are refused, or nothing came back, the failure is left as it came', () => {
    // Prepare
    const invalid = {
      status: 400,
      problem: {
        type: 'urn:tawasul:problem:validation-failed',
        title: 'The request is not valid',
        detail: '…',
        errors: [{ pointer: '/iqamaNumber', field: 'iqamaNumber', code: 'no_phone_on_record', detail: 'No phone' }],
      },
    };
    const unreachable = { status: 0 };
    // Act & Assess
    expect(filingFailure(invalid)).toBe(invalid);
    expect(filingFailure(unreachable)).toBe(unreachable);
    expect(filingFailure(undefined)).toBeUndefined();
  });

  it('when one inquiry is asked for and is not found or malformed, it is not yours; other failures are told as they are', () => {
    // Act & Assess
    expect(isNotYourInquiry({ status: 404 })).toBe(true);
    expect(isNotYourInquiry({ status: 400 })).toBe(true);
    expect(isNotYourInquiry({ status: 500 })).toBe(false);
    expect(isNotYourInquiry({ status: 0 })).toBe(false);
    expect(isNotYourInquiry(undefined)).toBe(false);
  });
});
