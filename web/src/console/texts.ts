import type { Texts } from '../shared/i18n/language.js';

/** The console's frame: its name, navigation, sign-in and the pages that are nobody's. */
export const CONSOLE_TEXTS: Texts<{
  serviceName: string;
  directorate: string;
  skipToContent: string;
  navigation: string;
  newInquiry: string;
  myInquiries: string;
  documents: string;
  passport: string;
  preferences: string;
  reviewQueue: string;
  statistics: string;
  employees: string;
  employeeInquiries: string;
  bulkFiles: string;
  signOut: string;
  language: string;
  otherLanguage: string;
  signingIn: string;
  signInFailed: string;
  signIn: string;
  signInAsResident: string;
  signInAsStaff: string;
  notFound: string;
  notFoundDetail: string;
  notYourPage: string;
  signedInAs: Record<'resident' | 'reviewer' | 'supervisor' | 'establishment', string>;
}> = {
  ar: {
    serviceName: 'تواصل',
    directorate: 'المديرية العامة للجوازات',
    skipToContent: 'انتقل إلى المحتوى',
    navigation: 'التنقل الرئيسي',
    newInquiry: 'طلب جديد',
    myInquiries: 'طلباتي',
    documents: 'وثائقي',
    passport: 'تحديث الجواز',
    preferences: 'التفضيلات',
    reviewQueue: 'قائمة المراجعة',
    statistics: 'الإحصاءات',
    employees: 'موظفو المنشأة',
    employeeInquiries: 'الطلبات عن الموظفين',
    bulkFiles: 'الملفات المجمّعة',
    signOut: 'تسجيل الخروج',
    language: 'اللغة',
    otherLanguage: 'English',
    signingIn: 'جارٍ تسجيل الدخول…',
    signInFailed: 'تعذّر إكمال تسجيل الدخول. ابدأ من جديد.',
    signIn: 'تسجيل الدخول',
    signInAsResident: 'الدخول عبر النفاذ الوطني الموحد (للمقيمين)',
    signInAsStaff: 'دخول منسوبي المديرية',
    notFound: 'الصفحة غير موجودة',
    notFoundDetail: 'تحقّق من العنوان أو اختر صفحة من القائمة.',
    notYourPage: 'هذه الصفحة ليست متاحة لحسابك.',
    signedInAs: { resident: 'مقيم', reviewer: 'مراجع', supervisor: 'مشرف', establishment: 'منشأة' },
  },
  en: {
    serviceName: 'Tawasul',
    directorate: 'General Directorate of Passports',
    skipToContent: 'Skip to content',
    navigation: 'Main navigation',
    newInquiry: 'New request',
    myInquiries: 'My requests',
    documents: 'My documents',
    passport: 'Update passport',
    preferences: 'Preferences',
    reviewQueue: 'Review queue',
    statistics: 'Statistics',
    employees: 'Employees',
    employeeInquiries: 'Requests for employees',
    bulkFiles: 'Bulk files',
    signOut: 'Sign out',
    language: 'Language',
    otherLanguage: 'العربية',
    signingIn: 'Signing in…',
    signInFailed: 'Signing in could not be completed. Please start again.',
    signIn: 'Sign in',
    signInAsResident: 'Sign in with the National Single Sign-On (residents)',
    signInAsStaff: 'Directorate staff sign-in',
    notFound: 'Page not found',
    notFoundDetail: 'Check the address, or choose a page from the menu.',
    notYourPage: 'This page is not available to your account.',
    signedInAs: {
      resident: 'Resident',
      reviewer: 'Reviewer',
      supervisor: 'Supervisor',
      establishment: 'Establishment',
    },
  },
};
