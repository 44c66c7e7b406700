import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitsLimit, TEXT_LIMITS } from '../../../../web/src/inquiries/text-limits.js';

const contract = JSON.parse(
  readFileSync(new URL('../../../../functions/contract/openapi.json', import.meta.url), 'utf8'),
);
const bodyOf = (path: string) => contract.paths[path].post.requestBody.content['application/json'].schema.properties;

describe('the lengths the console counts', () => {
  it('when the contract states a text field’s lengths, the console counts to the same', () => {
    const fields = {
      description: bodyOf('/v1/inquiries').description,
      reply: bodyOf('/v1/inquiries/{reference}/replies').message,
      appeal: bodyOf('/v1/inquiries/{reference}/appeal').reason,
      ratingComment: bodyOf('/v1/inquiries/{reference}/rating').comment,
    };
    for (const [name, schema] of Object.entries(fields))
      expect(TEXT_LIMITS[name as keyof typeof TEXT_LIMITS], name).toEqual({
        min: schema.minLength,
        max: schema.maxLength,
      });
  });

  it('when a text is counted, an emoji or an Arabic letter is one, as the API counts code points', () => {
    expect(fitsLimit('😀'.repeat(10), TEXT_LIMITS.description)).toBe(true);
    expect(fitsLimit('ب'.repeat(4000), TEXT_LIMITS.description)).toBe(true);
    expect(fitsLimit('😀'.repeat(4001), TEXT_LIMITS.description)).toBe(false);
  });

  it('when a text is short once its surrounding spaces are left out, it is too short', () => {
    expect(fitsLimit('   short   ', TEXT_LIMITS.description)).toBe(false);
    expect(fitsLimit('  ten chars  ', TEXT_LIMITS.description)).toBe(false);
    expect(fitsLimit('  ten chars!', TEXT_LIMITS.description)).toBe(true);
  });
});
