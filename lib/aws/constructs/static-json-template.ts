/**
 * API Gateway's "Maximum mapping template size" for REST APIs, 300 KB, which cannot be raised
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html).
 * Read as 300,000 bytes of UTF-8, the stricter reading of "KB".
 */
export const MAPPING_TEMPLATE_LIMIT_BYTES = 300_000;

/** Written as a JSON escape, a character means the same to a JSON parser and nothing to VTL. */
const jsonEscape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A JSON document as a mapping template whose output is the document, minified. Templates are VTL,
 * in which `$` starts a reference and `#` a directive or a comment (`##`); in JSON text both occur
 * only inside strings, where \u0024 and \u0023 stand for the same characters, so the template holds
 * nothing for VTL to evaluate and API Gateway sends it as written. (`$util.base64Decode` would keep
 * the bytes too, but AWS does not say which charset it decodes to, and the document holds Arabic.)
 * A document over the limit fails the synth, not the deployment.
 */
export const staticJsonTemplate = (document: unknown): string => {
  const template = JSON.stringify(document).replace(/[$#]/g, jsonEscape);
  const bytes = Buffer.byteLength(template);
  if (bytes > MAPPING_TEMPLATE_LIMIT_BYTES)
    throw new Error(
      `The document takes ${bytes} bytes as a mapping template, over API Gateway's ${MAPPING_TEMPLATE_LIMIT_BYTES}: publish it some other way (an S3 integration or a function)`,
    );
  return template;
};
