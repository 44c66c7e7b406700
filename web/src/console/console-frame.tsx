import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useConsole } from '../shared/console-context.js';
import { DIRECTION, useLanguage, useTexts } from '../shared/i18n/language.js';
import { signOut } from '../shared/session/session.js';
import type { SignedInUser } from '../shared/session/signed-in-user.js';
import { CONSOLE_TEXTS } from './texts.js';

type Link = { href: string; text: keyof (typeof CONSOLE_TEXTS)['en'] };

/** Each role's pages in the menu, its first page first. */
export const MENU: Record<SignedInUser['role'], readonly Link[]> = {
  resident: [
    { href: '/inquiries', text: 'myInquiries' },
    { href: '/inquiries/new', text: 'newInquiry' },
    { href: '/documents', text: 'documents' },
    { href: '/passport', text: 'passport' },
    { href: '/preferences', text: 'preferences' },
  ],
  reviewer: [
    { href: '/review', text: 'reviewQueue' },
    { href: '/statistics', text: 'statistics' },
  ],
  supervisor: [{ href: '/statistics', text: 'statistics' }],
  establishment: [
    { href: '/establishment/employees', text: 'employees' },
    { href: '/establishment/inquiries', text: 'employeeInquiries' },
    { href: '/establishment/bulk', text: 'bulkFiles' },
  ],
};

/** The frame around every page: the service's name, the menu of the signed-in role, language and sign-out. */
export const ConsoleFrame = ({ children }: { children: ComponentChildren }) => {
  const { user, config } = useConsole();
  const { language, choose } = useLanguage();
  const texts = useTexts(CONSOLE_TEXTS);
  const { path } = useLocation();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <>
      <a class="skip-link" href="#content">
        {texts.skipToContent}
      </a>
      <header class="console-header">
        <div class="brand">
          <span class="service-name">{texts.serviceName}</span>
          <span class="directorate">{texts.directorate}</span>
        </div>
        <nav aria-label={texts.navigation}>
          <ul class="menu">
            {MENU[user.role].map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={path === link.href ? 'page' : undefined}>
                  {texts[link.text] as string}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="account">
          <span class="role">
            {texts.signedInAs[user.role]}
            {user.establishmentId ? (
              <>
                {' '}
                <span dir="ltr">{user.establishmentId}</span>
              </>
            ) : null}
          </span>
          <button type="button" lang={other} dir={DIRECTION[other]} onClick={() => choose(other)}>
            {texts.otherLanguage}
          </button>
          <button type="button" onClick={() => signOut(config)}>
            {texts.signOut}
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
};
