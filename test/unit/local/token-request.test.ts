import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../functions/domain/shared/errors.js';
import { establishmentStaffOf, residentOf, staffOf } from '../../../functions/http/identity.js';
import { parseInput } from '../../../functions/http/validation.js';
import { claimsFor, TokenRequest } from '../../../lib/local/token-request.js';
import { apiEvent } from '../../support/api-events.js';

describe('local token requests', () => {
  it('when a supervisor’s token is asked for, its claims put the caller in the supervisors group, as the user pool would', () => {
    // Act
    const claims = claimsFor(parseInput(TokenRequest, { role: 'supervisor', sub: 'supervisor-7', locale: 'en' }));
    // Assess
    expect(claims).toEqual({ sub: 'supervisor-7', 'cognito:groups': 'supervisors', locale: 'en' });
    expect(staffOf(apiEvent({ claims }))).toEqual({
      kind: 'supervisor',
      id: 'supervisor-7',
    });
  });

  it('when a supervisor’s request names sections, it is refused: a supervisor oversees all of them', () => {
    // Act
    const attempt = () => parseInput(TokenRequest, { role: 'supervisor', sections: ['GENERAL'] });
    // Assess
    expect(attempt).toThrow(ValidationFailed);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationFailed).issues).toEqual([{ pointer: '/sections', code: 'unknown_field' }]);
    }
  });

  it('when an establishment staff member’s token is asked for, it names the establishment in the establishments group, and no resident or staff of the directorate', () => {
    // Act
    const claims = claimsFor(
      parseInput(TokenRequest, {
        role: 'establishment',
        sub: 'staff-1',
        establishmentId: '7001234567',
        phone: '+966500000059',
      }),
    );
    const event = apiEvent({ claims });
    // Assess
    expect(establishmentStaffOf(event)).toEqual({
      id: 'staff-1',
      establishmentId: '7001234567',
      phone: '+966500000059',
      locale: 'ar',
    });
    expect(() => residentOf(event)).toThrow('Token does not identify a resident');
    expect(() => staffOf(event)).toThrow('Staff routes need a reviewer or supervisor token');
  });

  it.each(['8001234567', '700123456', '70012345678', '__proto__'])(
    'when an establishment token is asked for with %s, which is no unified number, it is refused',
    (establishmentId) => {
      // Act
      const attempt = () =>
        parseInput(TokenRequest, { role: 'establishment', establishmentId, phone: '+966500000059' });
      // Assess
      expect(attempt).toThrow(ValidationFailed);
    },
  );
});
