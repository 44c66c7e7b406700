import type { LocalizedText } from '../shared/locale.js';

/** The directorate's sections: each request type is reviewed by exactly one of them. */
export const SECTIONS = {
  RESIDENCY: { ar: 'الإقامة', en: 'Residency (iqama)' },
  VISAS: { ar: 'التأشيرات', en: 'Visas' },
  TRANSFERS: { ar: 'نقل الخدمات', en: 'Service transfers' },
  FAMILY: { ar: 'المرافقون والتابعون', en: 'Dependents' },
  PASSPORTS: { ar: 'الجوازات', en: 'Passports' },
  VIOLATIONS: { ar: 'المخالفات والشكاوى', en: 'Violations and complaints' },
  GENERAL: { ar: 'الاستفسارات العامة', en: 'General inquiries' },
} as const satisfies Record<string, LocalizedText>;

export type Section = keyof typeof SECTIONS;
export const SECTION_CODES = Object.keys(SECTIONS) as Section[];

interface CategoryDefinition {
  section: Section;
  name: LocalizedText;
}

/** Request types named in the seeds (DOMAIN.md, "What a resident does", step 2). */
export const CATEGORIES = {
  IQAMA_ISSUANCE_RENEWAL: {
    section: 'RESIDENCY',
    name: { ar: 'إصدار الإقامة أو تجديدها', en: 'Iqama issuance or renewal' },
  },
  IQAMA_LATE_RENEWAL: {
    section: 'RESIDENCY',
    name: { ar: 'تجديد الإقامة المتأخر', en: 'Late iqama renewal' },
  },
  PERSONAL_DATA_CORRECTION: {
    section: 'RESIDENCY',
    name: { ar: 'تصحيح البيانات الشخصية', en: 'Correction of personal data' },
  },
  PROFESSION_CHANGE: {
    section: 'RESIDENCY',
    name: { ar: 'تغيير المهنة', en: 'Profession change' },
  },
  SPONSORSHIP_TRANSFER: {
    section: 'TRANSFERS',
    name: { ar: 'نقل الكفالة أو الخدمات', en: 'Sponsorship or service transfer' },
  },
  EXIT_REENTRY_VISA: {
    section: 'VISAS',
    name: { ar: 'تأشيرة الخروج والعودة (إصدار، تمديد، استعلام)', en: 'Exit and re-entry visa (issue, extend, status)' },
  },
  VISA_EXTENSION: {
    section: 'VISAS',
    name: { ar: 'تمديد التأشيرة', en: 'Visa extension' },
  },
  LOST_STOLEN_PASSPORT: {
    section: 'PASSPORTS',
    name: { ar: 'الإبلاغ عن فقدان جواز السفر أو سرقته', en: 'Report a lost or stolen passport' },
  },
  PASSPORT_INFORMATION_UPDATE: {
    section: 'PASSPORTS',
    name: { ar: 'تحديث معلومات الجواز المجدد', en: 'Update renewed passport information' },
  },
  DEPENDENTS_CHANGE: {
    section: 'FAMILY',
    name: { ar: 'إضافة التابعين أو حذفهم', en: 'Add or remove dependents' },
  },
  RESIDENCY_VIOLATION: {
    section: 'VIOLATIONS',
    name: { ar: 'مخالفات مرتبطة بالإقامة', en: 'Residency-related violations' },
  },
  PROCEDURE_COMPLAINT: {
    section: 'VIOLATIONS',
    name: {
      ar: 'شكوى عن إجراء لم يكتمل أو خطأ في البيانات',
      en: 'Complaint about an unfinished procedure or a data error',
    },
  },
  GENERAL_INQUIRY: {
    section: 'GENERAL',
    name: { ar: 'استفسار عام', en: 'General inquiry' },
  },
} as const satisfies Record<string, CategoryDefinition>;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as [Category, ...Category[]];

export const sectionOf = (category: Category): Section => CATEGORIES[category].section;
