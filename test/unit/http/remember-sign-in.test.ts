import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it, vi } from 'vitest';
import { CLAIMS } from '../../../functions/contract/identity.js';
import { createHandler } from '../../../functions/handlers/inquiries/list-inquiries.js';
import { apiEvent, lambdaContext, RESIDENT_CLAIMS, REVIEWER_CLAIMS } from '../../support/api-events.js';
import { InMemoryInquiryRepository } from '../../support/in-memory-inquiry-repository.js';
import { InMemoryDocumentRegister } from '../../support/in-memory-reminders.js';

describe('keeping residents’ sign-ins on every call', () => {
  it('when a resident calls any of their routes, their phone and locale are kept once, and again only when they change', async () => {
    // Prepare
    const signIns = new InMemoryDocumentRegister();
    const handler = createHandler({ inquiries: new InMemoryInquiryRepository(), signIns });
    // Act
    await handler(apiEvent({}), lambdaContext);
    await handler(apiEvent({}), lambdaContext);
    await handler(
      apiEvent({ claims: { ...RESIDENT_CLAIMS, [CLAIMS.phone]: '+966500000099', [CLAIMS.locale]: 'ur' } }),
      lambdaContext,
    );
    // Assess
    expect(
      signIns.savedProfiles.map((profile) => [profile.phone, profile.signedInLocale, profile.contactSource]),
    ).toEqual([
      ['+966500000001', 'en', 'TOKEN'],
      ['+966500000099', 'ur', 'TOKEN'],
    ]);
  });

  it('when the caller is a reviewer or unauthenticated, nothing is kept and the route answers as before', async () => {
    const signIns = new InMemoryDocumentRegister();
    const handler = createHandler({ inquiries: new InMemoryInquiryRepository(), signIns });
    expect((await handler(apiEvent({ claims: REVIEWER_CLAIMS }), lambdaContext)).statusCode).toBe(403);
    expect((await handler(apiEvent({ claims: null }), lambdaContext)).statusCode).toBe(401);
    expect(signIns.savedProfiles).toEqual([]);
  });

  it('when the profile cannot be written, the request still succeeds and the failure is logged without personal data', async () => {
    // Prepare
    const signIns = new InMemoryDocumentRegister();
    vi.spyOn(signIns, 'updateProfile').mockRejectedValue(
      Object.assign(new Error('Throttled for 2000000006'), { name: 'ThrottlingException' }),
    );
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const handler = createHandler({ inquiries: new InMemoryInquiryRepository(), signIns });
    // Act
    const result = await handler(apiEvent({}), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(warn).toHaveBeenCalledWith('Sign-in not kept with the profile', { errorName: 'ThrottlingException' });
    warn.mockRestore();
  });

  it('when a resident switches back to a phone or language they had before, the switch back is kept too', async () => {
    // Prepare
    const signIns = new InMemoryDocumentRegister();
    const handler = createHandler({ inquiries: new InMemoryInquiryRepository(), signIns });
    const withLocale = (locale: string) => apiEvent({ claims: { ...RESIDENT_CLAIMS, [CLAIMS.locale]: locale } });
    // Act
    for (const locale of ['ar', 'en', 'ar']) await handler(withLocale(locale), lambdaContext);
    // Assess
    expect(signIns.profiles.get('2000000006')?.signedInLocale).toBe('ar');
    expect(signIns.savedProfiles.map((profile) => profile.signedInLocale)).toEqual(['ar', 'en', 'ar']);
  });

  it('when a reviewer’s token also carries resident-looking claims, nothing is kept for any resident', async () => {
    const signIns = new InMemoryDocumentRegister();
    const handler = createHandler({ inquiries: new InMemoryInquiryRepository(), signIns });
    await handler(apiEvent({ claims: { ...RESIDENT_CLAIMS, ...REVIEWER_CLAIMS } }), lambdaContext);
    expect(signIns.savedProfiles).toEqual([]);
  });
});
