import { describe, expect, it } from 'vitest';
import { userOf } from '../../../../../web/src/shared/session/signed-in-user.js';

const tokenWith = (payload: unknown) =>
  `${Buffer.from('{"alg":"ES256"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('who the token names', () => {
  it("when the token is a resident's, it is a resident with the profile's language", () => {
    // Act
    const user = userOf(tokenWith({ sub: 'r', 'custom:iqamaNumber': '2000000006', locale: 'en' }));

    // Assess
    expect(user).toEqual({ role: 'resident', locale: 'en', sections: [] });
  });

  it("when the token is a reviewer's, it is a reviewer with the sections it names", () => {
    // Act
    const user = userOf(tokenWith({ sub: 'v', 'cognito:groups': 'reviewers', 'custom:sections': 'VISAS,FAMILY' }));

    // Assess
    expect(user).toEqual({ role: 'reviewer', locale: undefined, sections: ['VISAS', 'FAMILY'] });
  });

  it('when Cognito writes the groups as a list and names supervisors, it is a supervisor', () => {
    // Act
    const user = userOf(tokenWith({ sub: 's', 'cognito:groups': ['reviewers', 'supervisors'] }));

    // Assess
    expect(user?.role).toBe('supervisor');
  });

  it("when the token is an establishment's staff member's, it is establishment staff of the unified number it names, not a resident", () => {
    // Act
    const user = userOf(
      tokenWith({
        sub: 'staff-1',
        'cognito:groups': 'establishments',
        'custom:establishmentId': '7001234567',
        phone_number: '+966500000059',
        locale: 'en',
      }),
    );

    // Assess
    expect(user).toEqual({ role: 'establishment', locale: 'en', sections: [], establishmentId: '7001234567' });
  });

  it('when Cognito writes the establishments group in a list, it is establishment staff still', () => {
    // Act
    const user = userOf(tokenWith({ sub: 'staff-2', 'cognito:groups': ['establishments'] }));

    // Assess
    expect(user).toEqual({ role: 'establishment', locale: undefined, sections: [] });
  });

  it.each([
    ['no payload', 'abc'],
    ['a payload that is not JSON', `x.${Buffer.from('not json').toString('base64url')}.y`],
    ['a payload that is not an object', tokenWith('text')],
  ])('when the token has %s, it names nobody', (_, token) => {
    // Act & Assess
    expect(userOf(token)).toBeUndefined();
  });

  it('when the payload is Arabic text, it is read as UTF-8', () => {
    // Act
    const user = userOf(tokenWith({ sub: 'ر', locale: 'ar', name: 'مقيم' }));

    // Assess
    expect(user).toEqual({ role: 'resident', locale: 'ar', sections: [] });
  });
});
