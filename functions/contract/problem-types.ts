/** Every problem's `type` is this URN followed by its code: the functions' answers and API Gateway's own alike. */
export const PROBLEM_TYPE_BASE = 'urn:tawasul:problem:';

/**
 * What API Gateway answers by itself, before or instead of a function: by the gateway response it
 * is, the problem's code and status (`4XX`, `5XX`: whatever status of that class the gateway
 * met), and a title in both languages, since a gateway response cannot read Accept-Language. The
 * stack writes these responses and the API's contract lists them on every route.
 */
export const GATEWAY_PROBLEMS = [
  { response: 'UNAUTHORIZED', code: 'unauthenticated', status: '401', title: 'Sign-in required / يلزم تسجيل الدخول' },
  { response: 'ACCESS_DENIED', code: 'forbidden', status: '403', title: 'Not allowed / غير مسموح' },
  // The firewall's managed rules and its per-address rate limit: a blocked client may retry later.
  { response: 'WAF_FILTERED', code: 'blocked', status: '403', title: 'Blocked by the firewall / حظره جدار الحماية' },
  { response: 'THROTTLED', code: 'throttled', status: '429', title: 'Too many requests / طلبات كثيرة جدًا' },
  {
    response: 'REQUEST_TOO_LARGE',
    code: 'payload-too-large',
    status: '413',
    title: 'Request body too large / حجم الطلب كبير جدًا',
  },
  { response: 'DEFAULT_4XX', code: 'bad-request', status: '4XX', title: 'Bad request / طلب غير صالح' },
  // 502 when a function fails or runs out of time, 504 when the integration does.
  { response: 'DEFAULT_5XX', code: 'internal', status: '5XX', title: 'Internal error / خطأ داخلي' },
] as const;
