import { describe, expect, it } from 'vitest';
import {
  CLAIMS,
  ESTABLISHMENTS_GROUP,
  REVIEWERS_GROUP,
  SUPERVISORS_GROUP,
} from '../../../functions/contract/identity.js';
import { callerOf, establishmentStaffOf, filerOf, residentOf, staffOf } from '../../../functions/http/identity.js';
import { HttpRequestError } from '../../../functions/http/request-errors.js';
import { apiEvent, RESIDENT_CLAIMS, REVIEWER_CLAIMS } from '../../support/api-events.js';

const SUPERVISOR_CLAIMS = { [CLAIMS.subject]: 'supervisor-1', [CLAIMS.groups]: SUPERVISORS_GROUP };

/** The code of the request error `read` throws, or undefined when it reads the event. */
const refusalOf = (read: () => unknown): string | undefined => {
  try {
    read();
    return undefined;
  } catch (error) {
    if (!(error instanceof HttpRequestError)) throw error;
    return error.code;
  }
};

describe('reading staff from the verified token', () => {
  it('when the token is in the supervisors group, it names a supervisor, who oversees every section', () => {
    // Act
    const staff = staffOf(apiEvent({ claims: SUPERVISOR_CLAIMS }));
    // Assess
    expect(staff).toEqual({ kind: 'supervisor', id: 'supervisor-1' });
  });

  it('when the token is a reviewer’s, it names the reviewer with their sections', () => {
    // Prepare
    const claims = { ...REVIEWER_CLAIMS, [CLAIMS.sections]: 'GENERAL,VISAS' };
    // Act
    const staff = staffOf(apiEvent({ claims }));
    // Assess
    expect(staff).toEqual({ kind: 'reviewer', reviewer: { id: 'reviewer-1', sections: ['GENERAL', 'VISAS'] } });
  });

  it('when the authorizer lists both groups, the supervisor’s wider view wins', () => {
    // Prepare
    const claims = { ...REVIEWER_CLAIMS, [CLAIMS.groups]: `[${REVIEWERS_GROUP}, ${SUPERVISORS_GROUP}]` };
    // Act
    const staff = staffOf(apiEvent({ claims }));
    // Assess
    expect(staff.kind).toBe('supervisor');
  });

  it('when the token is a resident’s, it is refused with 403; without a token, 401', () => {
    // Act, Assess
    expect(refusalOf(() => staffOf(apiEvent({ claims: RESIDENT_CLAIMS })))).toBe('forbidden');
    expect(refusalOf(() => staffOf(apiEvent({ claims: null })))).toBe('unauthenticated');
  });

  it('when a supervisor calls a route that reads callers (residents and reviewers), they are refused: supervisors get nothing else', () => {
    // Act, Assess
    expect(refusalOf(() => callerOf(apiEvent({ claims: SUPERVISOR_CLAIMS })))).toBe('forbidden');
  });

  it('when a reviewer or a resident calls such a route, they are read as before', () => {
    // Act, Assess
    expect(callerOf(apiEvent({ claims: REVIEWER_CLAIMS }))).toEqual({
      kind: 'reviewer',
      reviewer: { id: 'reviewer-1', sections: ['GENERAL'] },
    });
    expect(callerOf(apiEvent({ claims: RESIDENT_CLAIMS })).kind).toBe('resident');
  });
});

describe("reading an establishment's staff member from the verified token", () => {
  const ESTABLISHMENT_CLAIMS = {
    [CLAIMS.subject]: 'staff-1',
    [CLAIMS.groups]: ESTABLISHMENTS_GROUP,
    [CLAIMS.establishmentId]: '7001234567',
    [CLAIMS.locale]: 'en',
  };

  it('when the token is in the establishments group with a unified number, it names the staff member and the establishment', () => {
    // Act
    const staff = establishmentStaffOf(apiEvent({ claims: ESTABLISHMENT_CLAIMS }));
    // Assess
    expect(staff).toEqual({ id: 'staff-1', establishmentId: '7001234567', locale: 'en' });
  });

  it.each([
    ['a resident’s', RESIDENT_CLAIMS],
    ['a reviewer’s', REVIEWER_CLAIMS],
    ['a supervisor’s', SUPERVISOR_CLAIMS],
    ['one naming an establishment outside the group', { ...RESIDENT_CLAIMS, [CLAIMS.establishmentId]: '7001234567' }],
    [
      'one in the group without an establishment',
      { [CLAIMS.subject]: 'staff-1', [CLAIMS.groups]: ESTABLISHMENTS_GROUP },
    ],
    ['one in the group naming no unified number', { ...ESTABLISHMENT_CLAIMS, [CLAIMS.establishmentId]: '2000000006' }],
  ])('when the token is %s, it is refused with 403', (_case, claims) => {
    // Act, Assess
    expect(refusalOf(() => establishmentStaffOf(apiEvent({ claims })))).toBe('forbidden');
  });

  it('when there is no token, it is 401', () => {
    // Act, Assess
    expect(refusalOf(() => establishmentStaffOf(apiEvent({ claims: null })))).toBe('unauthenticated');
  });

  it.each([
    ['an establishment’s staff member', { ...ESTABLISHMENT_CLAIMS }],
    ['a reviewer', { ...REVIEWER_CLAIMS }],
    ['a supervisor', { ...SUPERVISOR_CLAIMS }],
  ])(
    'when %s’s token also carries an iqama number and a phone (a pool user can write those), it is no resident’s',
    (_case, claims) => {
      // Prepare
      const withIqama = { ...claims, [CLAIMS.iqamaNumber]: '2000000022', [CLAIMS.phone]: '+966500000005' };
      // Act, Assess
      expect(refusalOf(() => residentOf(apiEvent({ claims: withIqama })))).toBe('forbidden');
      if (claims[CLAIMS.groups] === ESTABLISHMENTS_GROUP)
        expect(refusalOf(() => establishmentStaffOf(apiEvent({ claims: withIqama })))).toBe('forbidden');
    },
  );

  it('when a token is in the establishments group and a directorate group at once, it is no establishment’s', () => {
    // Prepare
    const claims = { ...ESTABLISHMENT_CLAIMS, [CLAIMS.groups]: `[${ESTABLISHMENTS_GROUP}, ${REVIEWERS_GROUP}]` };
    // Act, Assess
    expect(refusalOf(() => establishmentStaffOf(apiEvent({ claims })))).toBe('forbidden');
  });
});

describe('reading whoever files or reads a request from the verified token', () => {
  const ESTABLISHMENT_CLAIMS = {
    [CLAIMS.subject]: 'staff-1',
    [CLAIMS.groups]: ESTABLISHMENTS_GROUP,
    [CLAIMS.establishmentId]: '7001234567',
    [CLAIMS.locale]: 'en',
  };

  it('when the token is a resident’s, a reviewer’s or an establishment’s staff member’s, it names them', () => {
    // Act
    const kinds = [RESIDENT_CLAIMS, REVIEWER_CLAIMS, ESTABLISHMENT_CLAIMS].map(
      (claims) => filerOf(apiEvent({ claims })).kind,
    );
    // Assess
    expect(kinds).toEqual(['resident', 'reviewer', 'establishment']);
    expect(filerOf(apiEvent({ claims: ESTABLISHMENT_CLAIMS }))).toEqual({
      kind: 'establishment',
      staff: { id: 'staff-1', establishmentId: '7001234567', locale: 'en' },
    });
  });

  it.each([
    ['a supervisor’s', SUPERVISOR_CLAIMS],
    ['in an unknown group', { [CLAIMS.subject]: 'someone-else', [CLAIMS.groups]: 'contractors' }],
    [
      'in the establishments group without an establishment',
      { [CLAIMS.subject]: 'staff-1', [CLAIMS.groups]: ESTABLISHMENTS_GROUP },
    ],
    [
      'in the establishments group carrying an iqama number',
      { ...ESTABLISHMENT_CLAIMS, [CLAIMS.iqamaNumber]: '2000000022', [CLAIMS.phone]: '+966500000005' },
    ],
  ])('when the token is %s, it is refused with 403', (_case, claims) => {
    // Act, Assess
    expect(refusalOf(() => filerOf(apiEvent({ claims })))).toBe('forbidden');
  });

  it('when there is no token, it is 401', () => {
    // Act, Assess
    expect(refusalOf(() => filerOf(apiEvent({ claims: null })))).toBe('unauthenticated');
  });
});
