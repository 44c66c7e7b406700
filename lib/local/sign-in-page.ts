import { SECTION_CODES, SECTIONS } from '../../functions/domain/inquiries/categories.js';
import { LOCALES, type Locale, type TextLocale } from '../../functions/domain/shared/locale.js';

export type SignInRole = 'resident' | 'reviewer' | 'supervisor' | 'establishment';

/** The page's forms, in the order it shows them. */
export const SIGN_IN_ROLES: readonly SignInRole[] = ['resident', 'reviewer', 'supervisor', 'establishment'];

/** What a form sent back, and what was wrong with it: the page shows both beside the fields. */
export interface SubmittedForm {
  role: SignInRole;
  values: Record<string, string | string[]>;
  /** Field name → the code of what is wrong with it. */
  errors: Record<string, string>;
}

export interface SignInPageOptions {
  lang: TextLocale;
  /** The OAuth request's parameters, carried by each form as hidden fields. */
  oauth: Record<string, string>;
  submitted?: SubmittedForm;
}

/** Where the page's style sheet is served: the page's policy allows styles from its own origin only. */
export const SIGN_IN_STYLESHEET_PATH = '/local/sign-in.css';

const LOCALE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  en: 'English',
  ur: 'اردو',
  hi: 'हिन्दी',
  bn: 'বাংলা',
  tl: 'Tagalog',
};

const TEXTS = {
  ar: {
    title: 'تسجيل الدخول المحلي · تواصل',
    heading: 'تسجيل الدخول إلى تواصل (محلياً)',
    intro:
      'تحل هذه الصفحة محل تسجيل الدخول في المديرية عند التشغيل المحلي: اختر من تريد أن تكون، وستحصل على الرمز نفسه الذي يصدره ‎/local/tokens‎.',
    otherLanguage: 'English',
    failed: 'لم يتم تسجيل الدخول: صحّح الحقول المعلَّمة أدناه.',
    resident: 'مقيم',
    reviewer: 'مراجع',
    supervisor: 'مشرف',
    establishment: 'منشأة',
    iqamaNumber: 'رقم الإقامة',
    iqamaHint: '10 أرقام تبدأ بالرقم 2، مثل 2000000006',
    establishmentId: 'الرقم الموحد للمنشأة',
    establishmentHint: '10 أرقام تبدأ بالرقم 7، مثل 7001234567',
    phone: 'رقم الجوال',
    phoneHint: 'بصيغة ‎+9665‎ ثم 8 أرقام',
    locale: 'اللغة',
    sections: 'الأقسام',
    sub: 'المعرّف (sub)',
    subHint: 'اختياري: المعرّف نفسه يعني الشخص نفسه في كل مرة',
    signInAs: {
      resident: 'الدخول كمقيم',
      reviewer: 'الدخول كمراجع',
      supervisor: 'الدخول كمشرف',
      establishment: 'الدخول كموظف منشأة',
    },
    errors: {
      iqamaNumber: 'أدخل رقم إقامة صحيحاً: 10 أرقام تبدأ بالرقم 2 وآخرها رقم تحقق.',
      establishmentId: 'أدخل الرقم الموحد للمنشأة: 10 أرقام تبدأ بالرقم 7.',
      phone: 'أدخل رقم جوال سعودياً: ‎+9665‎ ثم 8 أرقام.',
      sections: 'اختر قسماً واحداً على الأقل.',
      locale: 'اختر لغة من القائمة.',
      sub: 'حروف لاتينية وأرقام ونقطة وشرطة وشرطة سفلية فقط، بحد أقصى 128.',
    },
  },
  en: {
    title: 'Local sign-in · Tawasul',
    heading: 'Sign in to Tawasul (local)',
    intro:
      "This page stands in for the directorate's sign-in when running locally: choose who you are, and you get the same token /local/tokens issues.",
    otherLanguage: 'العربية',
    failed: 'Not signed in: correct the fields marked below.',
    resident: 'Resident',
    reviewer: 'Reviewer',
    supervisor: 'Supervisor',
    establishment: 'Establishment',
    iqamaNumber: 'Iqama number',
    iqamaHint: '10 digits starting with 2, e.g. 2000000006',
    establishmentId: 'Unified number of the establishment',
    establishmentHint: '10 digits starting with 7, e.g. 7001234567',
    phone: 'Mobile number',
    phoneHint: 'As +9665 then 8 digits',
    locale: 'Language',
    sections: 'Sections',
    sub: 'Identifier (sub)',
    subHint: 'Optional: the same identifier is the same person every time',
    signInAs: {
      resident: 'Sign in as a resident',
      reviewer: 'Sign in as a reviewer',
      supervisor: 'Sign in as a supervisor',
      establishment: 'Sign in as an establishment’s staff member',
    },
    errors: {
      iqamaNumber: 'Enter a valid iqama number: 10 digits starting with 2, the last a check digit.',
      establishmentId: 'Enter the establishment’s unified number: 10 digits starting with 7.',
      phone: 'Enter a Saudi mobile number: +9665 then 8 digits.',
      sections: 'Choose at least one section.',
      locale: 'Choose a language from the list.',
      sub: 'Latin letters, digits, dot, hyphen and underscore only, at most 128.',
    },
  },
} as const;

type Texts = (typeof TEXTS)[TextLocale];
type FieldName = keyof Texts['errors'];

/** Every value the page writes comes from a request: escaped wherever it lands, text or attribute. */
const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );

const DEFAULT_SUBJECTS: Record<SignInRole, string> = {
  resident: '',
  reviewer: 'reviewer-1',
  supervisor: 'supervisor-1',
  establishment: '',
};

const formFor = (role: SignInRole, options: SignInPageOptions): string => {
  const texts = TEXTS[options.lang];
  const submitted = options.submitted?.role === role ? options.submitted : undefined;
  const value = (name: string, fallback = '') => {
    const given = submitted?.values[name];
    return typeof given === 'string' ? given : fallback;
  };
  const errorOf = (name: FieldName) => (submitted?.errors[name] ? texts.errors[name] : undefined);
  const id = (name: string) => `${role}-${name}`;
  /** The hint and the error, when there is one, both read out with the field. */
  const described = (name: FieldName, hint?: string) => {
    const error = errorOf(name);
    const ids = [hint && `${id(name)}-hint`, error && `${id(name)}-error`].filter(Boolean).join(' ');
    return {
      attributes: `${ids ? ` aria-describedby="${ids}"` : ''}${error ? ' aria-invalid="true"' : ''}`,
      notes: `${hint ? `<p class="hint" id="${id(name)}-hint">${escapeHtml(hint)}</p>` : ''}${
        error ? `<p class="error" id="${id(name)}-error">${escapeHtml(error)}</p>` : ''
      }`,
    };
  };
  const textField = (name: FieldName, label: string, type: string, extra: string, hint?: string, fallback = '') => {
    const { attributes, notes } = described(name, hint);
    return `<div class="field"><label for="${id(name)}">${escapeHtml(label)}</label><input id="${id(name)}" name="${name}" type="${type}" value="${escapeHtml(value(name, fallback))}"${extra}${attributes}>${notes}</div>`;
  };
  const localeField = () => {
    const chosen = value('locale', options.lang);
    const { attributes, notes } = described('locale');
    const choices = LOCALES.map(
      (locale) =>
        `<option value="${locale}" lang="${locale}"${locale === chosen ? ' selected' : ''}>${escapeHtml(LOCALE_NAMES[locale])}</option>`,
    ).join('');
    return `<div class="field"><label for="${id('locale')}">${escapeHtml(texts.locale)}</label><select id="${id('locale')}" name="locale"${attributes}>${choices}</select>${notes}</div>`;
  };
  const sectionsField = () => {
    const given = submitted?.values.sections;
    const chosen = new Set(Array.isArray(given) ? given : typeof given === 'string' ? [given] : []);
    const { attributes, notes } = described('sections');
    const boxes = SECTION_CODES.map(
      (code) =>
        `<div class="choice"><input type="checkbox" id="${id(`section-${code}`)}" name="sections" value="${code}"${chosen.has(code) ? ' checked' : ''}><label for="${id(`section-${code}`)}">${escapeHtml(SECTIONS[code][options.lang])}</label></div>`,
    ).join('');
    return `<fieldset${attributes}><legend>${escapeHtml(texts.sections)}</legend>${boxes}${notes}</fieldset>`;
  };
  const hidden = Object.entries({ ...options.oauth, lang: options.lang, role })
    .map(([name, given]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(given)}">`)
    .join('');
  const fields =
    role === 'resident'
      ? [
          textField(
            'iqamaNumber',
            texts.iqamaNumber,
            'text',
            ' inputmode="numeric" autocomplete="off" dir="ltr"',
            texts.iqamaHint,
          ),
          textField('phone', texts.phone, 'tel', ' autocomplete="tel" dir="ltr"', texts.phoneHint),
        ]
      : role === 'establishment'
        ? [
            textField(
              'establishmentId',
              texts.establishmentId,
              'text',
              ' inputmode="numeric" autocomplete="off" dir="ltr"',
              texts.establishmentHint,
            ),
            textField('phone', texts.phone, 'tel', ' autocomplete="tel" dir="ltr"', texts.phoneHint),
          ]
        : role === 'reviewer'
          ? [sectionsField()]
          : [];
  return `<section aria-labelledby="${role}-title"><h2 id="${role}-title">${escapeHtml(texts[role])}</h2>
<form method="post" action="/local/oauth2/authorize" novalidate>${hidden}
${[...fields, localeField(), textField('sub', texts.sub, 'text', ' autocomplete="off" dir="ltr"', texts.subHint, DEFAULT_SUBJECTS[role])].join('\n')}
<button type="submit">${escapeHtml(texts.signInAs[role])}</button>
</form></section>`;
};

/**
 * The local sign-in page, in the place of Cognito's hosted one: a form for each kind of user, in
 * Arabic (right to left) unless English is asked for. No script: it posts the OAuth request back
 * with the chosen identity.
 */
export const signInPage = (options: SignInPageOptions): string => {
  const texts = TEXTS[options.lang];
  const other: TextLocale = options.lang === 'ar' ? 'en' : 'ar';
  const switchTo = `/local/oauth2/authorize?${new URLSearchParams({ ...options.oauth, lang: other })}`;
  return `<!doctype html>
<html lang="${options.lang}" dir="${options.lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.title)}</title>
<link rel="stylesheet" href="${SIGN_IN_STYLESHEET_PATH}">
</head>
<body>
<main>
<h1>${escapeHtml(texts.heading)}</h1>
<p>${escapeHtml(texts.intro)}</p>
<p><a href="${escapeHtml(switchTo)}" lang="${other}" hreflang="${other}">${escapeHtml(texts.otherLanguage)}</a></p>
${options.submitted ? `<p class="error" role="alert">${escapeHtml(texts.failed)}</p>` : ''}
${SIGN_IN_ROLES.map((role) => formFor(role, options)).join('\n')}
</main>
</body>
</html>
`;
};

/** Plain and readable at 360 px; logical properties, so one sheet serves both directions. */
export const SIGN_IN_STYLESHEET = `*{box-sizing:border-box}
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#f6f7f6}
main{max-width:40rem;margin-inline:auto;padding:1rem}
section{background:#fff;border:1px solid #c8ccc8;border-radius:.5rem;padding:1rem;margin-block:1rem}
h2{margin-block-start:0}
.field{margin-block:.75rem}
label,legend{display:block;font-weight:600}
.choice{display:flex;gap:.5rem;align-items:center}
.choice label{font-weight:400}
input[type=text],input[type=tel],select{width:100%;padding:.5rem;font:inherit;border:1px solid #5c615c;border-radius:.25rem}
fieldset{border:1px solid #c8ccc8;border-radius:.25rem}
[aria-invalid=true]{border-color:#a4161a;border-width:2px}
.hint{margin:.25rem 0 0;color:#4a4f4a}
.error{margin:.25rem 0 0;color:#a4161a;font-weight:600}
button{font:inherit;padding:.5rem 1rem;border:0;border-radius:.25rem;background:#0b6e4f;color:#fff;cursor:pointer}
a{color:#0b5394}
:focus-visible{outline:3px solid #0b5394;outline-offset:2px}
`;
