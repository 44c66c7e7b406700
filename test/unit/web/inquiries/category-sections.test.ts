import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../../../web/src/inquiries/category-sections.js';

const category = (code: string, section: string, en: string, ar: string, sectionEn: string, sectionAr: string) =>
  ({
    code,
    name: en,
    names: { en, ar },
    section,
    sectionName: sectionEn,
    sectionNames: { en: sectionEn, ar: sectionAr },
  }) as Parameters<typeof sectionsOf>[0][number];

const categories = [
  category('IQAMA_ISSUANCE_RENEWAL', 'RESIDENCY', 'Iqama renewal', 'تجديد الإقامة', 'Residency', 'الإقامة'),
  category('EXIT_REENTRY_VISA', 'VISAS', 'Exit and re-entry', 'خروج وعودة', 'Visas', 'التأشيرات'),
  category('IQAMA_LATE_RENEWAL', 'RESIDENCY', 'Late renewal', 'التجديد المتأخر', 'Residency', 'الإقامة'),
];

describe('choosing the section, then the type of request', () => {
  it('when types of several sections are listed, each section holds its own types, in the API’s order', () => {
    // Act
    const sections = sectionsOf(categories, 'en');
    // Assess
    expect(sections).toEqual([
      {
        section: 'RESIDENCY',
        name: 'Residency',
        categories: [
          { code: 'IQAMA_ISSUANCE_RENEWAL', name: 'Iqama renewal' },
          { code: 'IQAMA_LATE_RENEWAL', name: 'Late renewal' },
        ],
      },
      { section: 'VISAS', name: 'Visas', categories: [{ code: 'EXIT_REENTRY_VISA', name: 'Exit and re-entry' }] },
    ]);
  });

  it('when the console is in Arabic, sections and types are named in Arabic from the same answer', () => {
    const [residency] = sectionsOf(categories, 'ar');
    expect(residency?.name).toBe('الإقامة');
    expect(residency?.categories.map((choice) => choice.name)).toEqual(['تجديد الإقامة', 'التجديد المتأخر']);
  });
});
