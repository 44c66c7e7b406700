import { describe, expect, it } from 'vitest';
import { daysLeftFormat } from '../../../../../web/src/shared/documents/days-left.js';

describe('the days left before a document expires', () => {
  it('when in Arabic, the days are said with Arabic plurals and Arabic-Indic digits', () => {
    const days = daysLeftFormat('ar-SA');
    expect(days(3)).toBe('خلال ٣ أيام');
    expect(days(30)).toBe('خلال ٣٠ يومًا');
    expect(days(-5)).toBe('قبل ٥ أيام');
    expect(days(0)).toBe('اليوم');
  });

  it('when in English, ahead and past are told apart in words', () => {
    const days = daysLeftFormat('en-GB');
    expect(days(45)).toBe('in 45 days');
    expect(days(-2)).toBe('2 days ago');
    expect(days(1)).toBe('tomorrow');
  });
});
