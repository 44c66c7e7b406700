import type { Texts } from '../shared/i18n/language.js';

/** The words of an establishment's pages: its employees' documents and the passport update for a worker. */
export const ESTABLISHMENT_TEXTS: Texts<{
  employeesTitle: string;
  employeesIntro: string;
  filters: string;
  expiringWithin: string;
  expiringWithinHint: string;
  expiringWithinInvalid: string;
  documentType: string;
  anyType: string;
  applyFilters: string;
  listCaption: string;
  iqamaNumber: string;
  noEmployees: string;
  emptyPage: string;
  more: string;
  employeeTitle: string;
  employeeDocuments: string;
  issuedOn: string;
  noDocuments: string;
  notFound: string;
  notFoundDetail: string;
  backToList: string;
  passportTitle: string;
  passportIntro: string;
  savePassport: string;
  passportSaved: (until: string) => string;
}> = {
  ar: {
    employeesTitle: 'وثائق موظفي المنشأة',
    employeesIntro:
      'وثائق موظفيك مرتّبة من الأقرب انتهاءً، بالتقويمين الميلادي والهجري. افتح رقم إقامة الموظف لعرض وثائقه وتحديث بيانات جوازه.',
    filters: 'تصفية القائمة',
    expiringWithin: 'تنتهي خلال (عدد الأيام)',
    expiringWithinHint: 'من 0 إلى 366 يومًا، والوثائق المنتهية مشمولة. اتركه فارغًا لعرض الكل.',
    expiringWithinInvalid: 'أدخل عددًا صحيحًا من الأيام بين 0 و366.',
    documentType: 'نوع الوثيقة',
    anyType: 'كل الأنواع',
    applyFilters: 'عرض',
    listCaption: 'وثائق الموظفين، الأقرب انتهاءً أولًا',
    iqamaNumber: 'رقم الإقامة',
    noEmployees: 'لا توجد وثائق لموظفيك تطابق هذه التصفية.',
    emptyPage: 'لا مزيد من الوثائق.',
    more: 'عرض المزيد',
    employeeTitle: 'الموظف',
    employeeDocuments: 'وثائق الموظف',
    issuedOn: 'تاريخ الإصدار',
    noDocuments: 'لا توجد وثائق مسجّلة لهذا الموظف.',
    notFound: 'الموظف غير موجود',
    notFoundDetail:
      'لا يوجد بين موظفي منشأتك من يحمل هذا الرقم: إما أنه ليس من موظفيك الآن، أو أن الرقم غير صحيح. تحقّق من الرقم أو ارجع إلى القائمة.',
    backToList: 'العودة إلى وثائق الموظفين',
    passportTitle: 'تحديث بيانات جواز الموظف',
    passportIntro: 'سجّل بيانات الجواز الجديد بعد تجديده؛ تظهر في وثائق الموظف وتتبعها رسائل التذكير.',
    savePassport: 'حفظ بيانات الجواز',
    passportSaved: (until) => `تم تحديث بيانات جواز الموظف. ينتهي الجواز في ${until}.`,
  },
  en: {
    employeesTitle: 'Employees’ documents',
    employeesIntro:
      'Your employees’ documents, the soonest to expire first, in the Gregorian and Hijri calendars. Open an employee’s iqama number to see their documents and update their passport.',
    filters: 'Filter the list',
    expiringWithin: 'Expiring within (days)',
    expiringWithinHint: 'From 0 to 366 days; expired documents are included. Leave it empty to see all.',
    expiringWithinInvalid: 'Enter a whole number of days from 0 to 366.',
    documentType: 'Document type',
    anyType: 'All types',
    applyFilters: 'Show',
    listCaption: 'Employees’ documents, the soonest to expire first',
    iqamaNumber: 'Iqama number',
    noEmployees: 'None of your employees’ documents matches this filter.',
    emptyPage: 'No more documents.',
    more: 'Show more',
    employeeTitle: 'Employee',
    employeeDocuments: 'The employee’s documents',
    issuedOn: 'Issued on',
    noDocuments: 'No documents are on record for this employee.',
    notFound: 'Employee not found',
    notFoundDetail:
      'None of your establishment’s employees has this number: they are not your employee now, or the number is wrong. Check the number, or go back to the list.',
    backToList: 'Back to the employees’ documents',
    passportTitle: 'Update the employee’s passport',
    passportIntro:
      'Record the new passport once renewed; it shows in the employee’s documents and their reminders follow it.',
    savePassport: 'Save passport details',
    passportSaved: (until) => `The employee’s passport details were updated. The passport expires on ${until}.`,
  },
};
