import type { CfnTemplate } from './synthesized-templates.js';

interface CorsRule {
  Id?: string;
  AllowedMethods: string[];
  AllowedOrigins: string[];
  AllowedHeaders?: string[];
  ExposedHeaders?: string[];
  MaxAge?: number;
}

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const elements = (name: string, values: readonly (string | number)[] = []) =>
  values.map((value) => `<${name}>${escapeXml(String(value))}</${name}>`).join('');

/**
 * A bucket's CORS rules as the template declares them, written as S3's CORSConfiguration document
 * (what the emulator is configured with), each rule also allowing `origins`: the local runtime's own,
 * which no stage names. Undefined when the bucket declares no rules.
 */
export const corsConfigurationOf = (
  template: CfnTemplate,
  logicalId: string,
  origins: readonly string[],
): string | undefined => {
  const properties = template.Resources[logicalId]?.Properties as
    | { CorsConfiguration?: { CorsRules?: CorsRule[] } }
    | undefined;
  const rules = properties?.CorsConfiguration?.CorsRules ?? [];
  if (rules.length === 0) return undefined;
  const written = rules.map(
    (rule) =>
      `<CORSRule>${elements('ID', rule.Id ? [rule.Id] : [])}${elements('AllowedOrigin', [
        ...new Set([...rule.AllowedOrigins, ...origins]),
      ])}${elements('AllowedMethod', rule.AllowedMethods)}${elements('AllowedHeader', rule.AllowedHeaders)}${elements(
        'ExposeHeader',
        rule.ExposedHeaders,
      )}${elements('MaxAgeSeconds', rule.MaxAge === undefined ? [] : [rule.MaxAge])}</CORSRule>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${written.join('')}</CORSConfiguration>`;
};
