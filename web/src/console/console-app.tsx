import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { ConsoleContext, type ConsoleContextValue, useConsole } from '../shared/console-context.js';
import {
  DEFAULT_LANGUAGE,
  DIRECTION,
  isLanguage,
  type Language,
  LanguageContext,
  useTexts,
} from '../shared/i18n/language.js';
import { chosenLanguage, keepLanguageChoice } from '../shared/i18n/language-choice.js';
import type { SignedInUser } from '../shared/session/signed-in-user.js';
import { ConsoleFrame, MENU } from './console-frame.js';
import {
  BulkRequestPage,
  BulkUploadPage,
  DocumentsPage,
  EmployeeInquiriesPage,
  EmployeeInquiryPage,
  EmployeePage,
  EmployeesPage,
  InquiryListPage,
  InquiryPage,
  NewEmployeeInquiryPage,
  NewInquiryPage,
  PassportPage,
  PreferencesPage,
  ReviewInquiryPage,
  ReviewQueuePage,
  StatisticsPage,
} from './console-pages.js';
import { CONSOLE_PATHS, type ConsolePath } from './console-paths.js';
import { usePageTitle } from './page-title.js';
import { CONSOLE_TEXTS } from './texts.js';

/** The language chosen in this browser, else the one the person's profile names, else Arabic. */
const initialLanguage = (user: SignedInUser): Language =>
  chosenLanguage() ?? (isLanguage(user.locale) ? user.locale : DEFAULT_LANGUAGE);

const NotFound = () => {
  const texts = useTexts(CONSOLE_TEXTS);
  usePageTitle(texts.notFound);
  return (
    <>
      <h1>{texts.notFound}</h1>
      <p>{texts.notFoundDetail}</p>
    </>
  );
};

const NotYourPage = () => {
  const texts = useTexts(CONSOLE_TEXTS);
  usePageTitle(texts.notYourPage);
  return <p role="alert">{texts.notYourPage}</p>;
};

/** A page for some roles only: the API would refuse the others anyway, so they are told plainly. */
const forRoles = (roles: readonly SignedInUser['role'][], Page: ComponentType) => {
  const Gated = () => (roles.includes(useConsole().user.role) ? <Page /> : <NotYourPage />);
  return Gated;
};

/** `/` goes to the signed-in role's first page. */
const Home = () => {
  const { user } = useConsole();
  const { route } = useLocation();
  useEffect(() => route(MENU[user.role][0]?.href ?? '/', true), [user.role, route]);
  return null;
};

const RESIDENT = ['resident'] as const;
const REVIEWER = ['reviewer'] as const;
const STAFF = ['reviewer', 'supervisor'] as const;
const ESTABLISHMENT = ['establishment'] as const;

/**
 * The page at each of the console's paths: every path the servers answer with the console has a
 * page here, and no page has a path they do not answer. Made once: a component made while
 * rendering would be a new type each time, and lose its state.
 */
const PAGES: Record<ConsolePath, ComponentType> = {
  '/': Home,
  // Sign-in finishes before the pages are shown and leaves the callback's address: never rendered but as the start.
  '/callback': Home,
  '/inquiries': forRoles(RESIDENT, InquiryListPage),
  '/inquiries/new': forRoles(RESIDENT, NewInquiryPage),
  '/inquiries/:reference': forRoles(RESIDENT, InquiryPage),
  '/documents': forRoles(RESIDENT, DocumentsPage),
  '/passport': forRoles(RESIDENT, PassportPage),
  '/preferences': forRoles(RESIDENT, PreferencesPage),
  '/review': forRoles(REVIEWER, ReviewQueuePage),
  '/review/inquiries/:reference': forRoles(REVIEWER, ReviewInquiryPage),
  '/statistics': forRoles(STAFF, StatisticsPage),
  '/establishment/employees': forRoles(ESTABLISHMENT, EmployeesPage),
  '/establishment/employees/:iqamaNumber': forRoles(ESTABLISHMENT, EmployeePage),
  '/establishment/inquiries': forRoles(ESTABLISHMENT, EmployeeInquiriesPage),
  '/establishment/inquiries/new': forRoles(ESTABLISHMENT, NewEmployeeInquiryPage),
  '/establishment/inquiries/:reference': forRoles(ESTABLISHMENT, EmployeeInquiryPage),
  '/establishment/bulk': forRoles(ESTABLISHMENT, BulkUploadPage),
  '/establishment/bulk/:bulkRequestId': forRoles(ESTABLISHMENT, BulkRequestPage),
};

/** The console once signed in: the language, the frame, and the pages at the paths of CONSOLE_PATHS. */
export const ConsoleApp = ({ context }: { context: ConsoleContextValue }) => {
  const [language, setLanguage] = useState<Language>(() => initialLanguage(context.user));
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = DIRECTION[language];
  }, [language]);
  const choose = (next: Language) => {
    keepLanguageChoice(next);
    setLanguage(next);
  };
  return (
    <LanguageContext.Provider value={{ language, choose }}>
      <ConsoleContext.Provider value={context}>
        <LocationProvider>
          <ConsoleFrame>
            <ErrorBoundary>
              <Router>
                {CONSOLE_PATHS.map((path) => (
                  <Route key={path} path={path} component={PAGES[path]} />
                ))}
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </ConsoleFrame>
        </LocationProvider>
      </ConsoleContext.Provider>
    </LanguageContext.Provider>
  );
};
