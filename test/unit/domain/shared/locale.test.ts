import { describe, expect, it } from 'vitest';
import { negotiateTextLocale } from '../../../../functions/domain/shared/locale.js';

describe('Accept-Language negotiation', () => {
  it.each([
    [undefined, 'ar'],
    ['', 'ar'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5, ar;q=0.8', 'ar'],
    ['ur, en;q=0.1', 'en'],
    ['ar;q=0, en;q=0.2', 'en'],
    ['*', 'ar'],
    ['en;q=abc, ar;q=0.5', 'ar'],
    ['de', 'ar'],
  ])('when the header is %j, it answers in %s', (header, expected) => {
    expect(negotiateTextLocale(header)).toBe(expected);
  });
});
