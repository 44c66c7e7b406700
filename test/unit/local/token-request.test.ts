import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../functions/domain/shared/errors.js';
import { staffOf } from '../../../functions/http/identity.js';
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
});
