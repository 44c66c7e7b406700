import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../../../web/src/shared/session/session.js';

describe('the page to return to after sign-in', () => {
  it.each([
    ['/inquiries', '/inquiries'],
    ['/inquiries/TW-0000-0000-0000?tab=1', '/inquiries/TW-0000-0000-0000?tab=1'],
    ['/', '/'],
  ])('when it is a path of the console (%s), it is kept', (next, expected) => {
    // Act & Assess
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/inquiries'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['a relative path', 'inquiries'],
    ['a line break that could split a header', '/inquiries\r\nlocation: https://evil.example'],
    ['nothing', null],
    ['an empty string', ''],
  ])('when it is %s, it is the console start instead', (_, next) => {
    // Act & Assess
    expect(safeNext(next)).toBe('/');
  });
});
