import { describe, expect, it } from 'vitest';
import { STATS_TEXTS } from '../../../../web/src/stats/texts.js';

describe("the statistics' words", () => {
  it('when working days are counted in Arabic, the noun agrees with the number as Arabic grammar has it', () => {
    // Prepare
    const days = STATS_TEXTS.ar.workingDays;
    // Assess
    expect(days(0, '٠')).toBe('في يوم العمل نفسه');
    expect(days(1, '١')).toBe('يوم عمل واحد');
    expect(days(2, '٢')).toBe('يوما عمل');
    expect(days(6, '٦')).toBe('٦ أيام عمل');
    expect(days(11, '١١')).toBe('١١ يوم عمل');
    expect(STATS_TEXTS.ar.moreThanDays(30, '٣٠')).toBe('أكثر من ٣٠ يوم عمل');
  });

  it('when working days are counted in English, one is singular and the others plural', () => {
    expect(STATS_TEXTS.en.workingDays(1, '1')).toBe('1 working day');
    expect(STATS_TEXTS.en.workingDays(6, '6')).toBe('6 working days');
  });
});
