/** A path segment as the console's router takes it (web/src/console/console-paths.ts). */
const SEGMENT = '[A-Za-z0-9_-]{1,64}';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One console path as a regular expression's source: `:name` stands for one segment. */
const patternSource = (path: string) =>
  path
    .split('/')
    .map((part) => (part.startsWith(':') ? SEGMENT : escapeRegExp(part)))
    .join('\\/');

/**
 * The code of a CloudFront Function (viewer request, cloudfront-js-2.0) that answers the console's
 * deep links with its page, so that a reload or a shared link of `/inquiries/TW-1` opens the
 * console. Any other address goes to the bucket as it is: a missing file stays a 404, which an
 * error response rewriting every 403/404 to the page would hide.
 */
export const consolePathRewriteCode = (paths: readonly string[]): string => {
  const pattern = `^(?:${paths.map(patternSource).join('|')})$`;
  return [
    `var CONSOLE_PATH = /${pattern}/;`,
    'function handler(event) {',
    '  var request = event.request;',
    "  if (CONSOLE_PATH.test(request.uri)) request.uri = '/index.html';",
    '  return request;',
    '}',
    '',
  ].join('\n');
};
