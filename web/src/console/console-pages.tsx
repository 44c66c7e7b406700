import { lazy } from 'preact-iso';

/**
 * Each feature's pages, loaded when first visited: the first load carries the frame only, and a
 * resident never downloads the reviewers' pages.
 */
export const NewInquiryPage = lazy(() => import('../inquiries/new-inquiry-page.js').then((m) => m.NewInquiryPage));
export const InquiryListPage = lazy(() => import('../inquiries/inquiry-list-page.js').then((m) => m.InquiryListPage));
export const InquiryPage = lazy(() => import('../inquiries/inquiry-page.js').then((m) => m.InquiryPage));
export const DocumentsPage = lazy(() => import('../residents/documents-page.js').then((m) => m.DocumentsPage));
export const PassportPage = lazy(() => import('../residents/passport-page.js').then((m) => m.PassportPage));
export const PreferencesPage = lazy(() => import('../residents/preferences-page.js').then((m) => m.PreferencesPage));
export const ReviewQueuePage = lazy(() => import('../review/review-queue-page.js').then((m) => m.ReviewQueuePage));
export const ReviewInquiryPage = lazy(() =>
  import('../review/review-inquiry-page.js').then((m) => m.ReviewInquiryPage),
);
export const StatisticsPage = lazy(() => import('../stats/statistics-page.js').then((m) => m.StatisticsPage));
export const EmployeesPage = lazy(() => import('../establishments/employees-page.js').then((m) => m.EmployeesPage));
export const EmployeePage = lazy(() => import('../establishments/employee-page.js').then((m) => m.EmployeePage));
export const EmployeeInquiriesPage = lazy(() =>
  import('../establishments/employee-inquiries-page.js').then((m) => m.EmployeeInquiriesPage),
);
export const NewEmployeeInquiryPage = lazy(() =>
  import('../establishments/new-employee-inquiry-page.js').then((m) => m.NewEmployeeInquiryPage),
);
export const EmployeeInquiryPage = lazy(() =>
  import('../establishments/employee-inquiry-page.js').then((m) => m.EmployeeInquiryPage),
);
export const BulkUploadPage = lazy(() => import('../establishments/bulk-upload-page.js').then((m) => m.BulkUploadPage));
export const BulkRequestPage = lazy(() =>
  import('../establishments/bulk-request-page.js').then((m) => m.BulkRequestPage),
);
