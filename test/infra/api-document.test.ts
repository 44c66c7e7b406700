import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_DOCUMENT_PATH } from '../../functions/contract/routes.js';
import { buildApp } from '../../lib/aws/app.js';
import { MAPPING_TEMPLATE_LIMIT_BYTES, staticJsonTemplate } from '../../lib/aws/constructs/static-json-template.js';
import { PROJECT_ROOT, projectContext } from '../../lib/aws/project-context.js';
import { apiDocsEndpoints } from '../../lib/local/api-docs.js';
import { CONTRACT_FILES } from '../../lib/openapi/contract-file-paths.js';
import { serviceTemplate } from '../support/service-template.js';

const COMMITTED = readFileSync(join(PROJECT_ROOT, CONTRACT_FILES.document), 'utf8');

/**
 * CloudFormation's "Template body size in an Amazon S3 object", 1 MB, for the template `cdk deploy`
 * uploads (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html).
 */
const TEMPLATE_BODY_LIMIT_BYTES = 1_000_000;

const outdirs: string[] = [];
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});
const newOutdir = () => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-api-document-'));
  outdirs.push(outdir);
  return outdir;
};

const packs = (app: App) => [new AwsSolutionsChecks(app), new ServerlessChecks(app), new NIST80053R5Checks(app)];

/** What VTL makes of a template in which it finds no reference (`$`) and no directive or comment (`#`): the text itself. */
const renderLiteralTemplate = (template: string) => {
  expect(template).not.toMatch(/[$#]/);
  return template;
};

describe('The API contract, published with the deployed API', () => {
  let built: ReturnType<typeof buildApp>;
  let service: Template;
  let documentMethods: ReturnType<Template['findResources']>[string][];

  beforeAll(() => {
    built = buildApp({ outdir: newOutdir(), context: projectContext({ 'aws:cdk:bundling-stacks': [] }) });
    service = serviceTemplate(built.service);
    const [resourceId] = Object.keys(
      service.findResources('AWS::ApiGateway::Resource', { Properties: { PathPart: API_DOCUMENT_PATH.slice(1) } }),
    );
    documentMethods = Object.values(service.findResources('AWS::ApiGateway::Method')).filter(
      (method) => method.Properties.ResourceId.Ref === resourceId,
    );
  });

  const documentMethod = (httpMethod: string) => {
    const method = documentMethods.find((m) => m.Properties.HttpMethod === httpMethod);
    if (!method) throw new Error(`No ${httpMethod} ${API_DOCUMENT_PATH} in the template`);
    return method.Properties;
  };

  it('when the API is deployed, it publishes the contract where the local runtime serves it', () => {
    // Assess
    expect(API_DOCUMENT_PATH).toBe('/openapi.json');
    expect(apiDocsEndpoints(Buffer.from(COMMITTED)).has(API_DOCUMENT_PATH)).toBe(true);
    expect(documentMethods.map((m) => m.Properties.HttpMethod).sort()).toEqual(['ANY', 'GET', 'OPTIONS']);
  });

  it('when anyone asks for GET /openapi.json, API Gateway answers it with no authorizer and no function', () => {
    // Act
    const get = documentMethod('GET');
    // Assess
    expect(get.AuthorizationType).toBe('NONE');
    expect(get).not.toHaveProperty('AuthorizerId');
    expect(get.Integration).toMatchObject({ Type: 'MOCK', PassthroughBehavior: 'NEVER' });
    expect(JSON.parse(get.Integration.RequestTemplates['application/json'])).toEqual({ statusCode: 200 });
  });

  it('when its template holds no `$` or `#` for VTL to evaluate and is read as it stands, it is the committed document, minified, `$` and `#` as JSON escapes', () => {
    // Prepare
    const [response] = documentMethod('GET').Integration.IntegrationResponses;
    // Act
    const body = renderLiteralTemplate(response.ResponseTemplates['application/json']);
    // Assess
    expect(JSON.parse(body)).toEqual(JSON.parse(COMMITTED));
    expect(body.replaceAll('\\u0024', '$').replaceAll('\\u0023', '#')).toBe(JSON.stringify(JSON.parse(COMMITTED)));
    // JSON is a binary media type here: a client whose Accept names it must still get text, not base64-decoded bytes.
    expect(response).toMatchObject({ StatusCode: '200', ContentHandling: 'CONVERT_TO_TEXT' });
  });

  it('when the document is answered, it says it is UTF-8 JSON, readable from any origin and reusable for five minutes', () => {
    // Act
    const [response] = documentMethod('GET').Integration.IntegrationResponses;
    // Assess
    expect(response.ResponseParameters).toEqual({
      'method.response.header.Content-Type': "'application/json; charset=utf-8'",
      'method.response.header.Cache-Control': "'public, max-age=300'",
      'method.response.header.Access-Control-Allow-Origin': "'*'",
      'method.response.header.X-Content-Type-Options': "'nosniff'",
    });
    expect(documentMethod('GET').MethodResponses).toEqual([
      {
        StatusCode: '200',
        ResponseParameters: Object.fromEntries(Object.keys(response.ResponseParameters).map((name) => [name, true])),
      },
    ]);
  });

  it('when /openapi.json is called with another method, API Gateway answers 405 with its Allow header, without asking for a token', () => {
    // Act
    const any = documentMethod('ANY');
    // Assess
    expect(any.AuthorizationType).toBe('NONE');
    expect(any.Integration.IntegrationResponses).toEqual([
      expect.objectContaining({
        StatusCode: '405',
        ResponseParameters: expect.objectContaining({ 'method.response.header.Allow': "'GET, OPTIONS'" }),
      }),
    ]);
  });

  it('when the document grows, its template keeps a quarter of the mapping template limit in reserve', () => {
    // Prepare
    const template = documentMethod('GET').Integration.IntegrationResponses[0].ResponseTemplates['application/json'];
    // Act
    const bytes = Buffer.byteLength(template);
    // Assess: 300 KB per template, not adjustable (see MAPPING_TEMPLATE_LIMIT_BYTES); the reserve makes
    // growth show here before a synth refuses the document.
    expect(MAPPING_TEMPLATE_LIMIT_BYTES).toBe(300_000);
    expect(bytes).toBeLessThan(MAPPING_TEMPLATE_LIMIT_BYTES * 0.75);
  });

  it('when the service stack carries the document, its template still fits what CloudFormation accepts', () => {
    // Act
    const assembly = built.app.synth();
    const bytes = statSync(assembly.getStackArtifact(built.service.artifactId).templateFullPath).size;
    // Assess
    expect(bytes).toBeLessThan(TEMPLATE_BODY_LIMIT_BYTES * 0.75);
  });

  it('when the stack is deployed, its ApiDocumentUrl output is the stage URL of /openapi.json', () => {
    // Prepare
    const [restApi] = Object.keys(service.findResources('AWS::ApiGateway::RestApi'));
    const [stage] = Object.keys(service.findResources('AWS::ApiGateway::Stage'));
    // Act
    const [, parts] = service.findOutputs('ApiDocumentUrl').ApiDocumentUrl?.Value['Fn::Join'] ?? [];
    // Assess
    expect(parts[0]).toBe('https://');
    expect(parts).toContainEqual({ Ref: restApi });
    expect(parts.slice(-3)).toEqual(['/', { Ref: stage }, '/openapi.json']);
  });

  it('Compliance: when the packs check the published document, they find nothing unacknowledged', () => {
    // Act
    const findings = packs(built.app).flatMap((pack) =>
      pack
        .validateScope(built.app)
        .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`)),
    );
    // Assess
    expect(findings.filter((finding) => finding.includes(API_DOCUMENT_PATH))).toEqual([]);
  });

  it('Noncompliance: when a method takes no sign-in and acknowledges nothing, the packs flag it — the check above can fail', () => {
    // Prepare
    const app = new App({ outdir: newOutdir() });
    const api = new apigateway.RestApi(new Stack(app, 'Careless'), 'Api');
    api.root.addResource('openapi.json').addMethod('GET', new apigateway.MockIntegration());
    // Act
    const names = packs(app).flatMap((pack) => pack.validateScope(app).violations.map((v) => v.ruleName));
    // Assess
    expect(names).toEqual(expect.arrayContaining(['AwsSolutions-APIG4', 'AwsSolutions-COG4']));
  });

  it('Noncompliance: when a document would not fit a mapping template, the synth refuses it', () => {
    // Prepare
    const document = { description: 'ت'.repeat(MAPPING_TEMPLATE_LIMIT_BYTES / 2) };
    // Act
    const publish = () => staticJsonTemplate(document);
    // Assess
    expect(publish).toThrow(
      `takes ${Buffer.byteLength(JSON.stringify(document))} bytes as a mapping template, over API Gateway's 300000`,
    );
  });

  it('Compliance: when a document holds what VTL would evaluate, the template holds it as JSON escapes', () => {
    // Prepare
    const document = { $ref: '#/components/schemas/Problem', pattern: '^\\$#set($x)##$', text: 'تواصل' };
    // Act
    const template = staticJsonTemplate(document);
    // Assess
    expect(JSON.parse(renderLiteralTemplate(template))).toEqual(document);
    expect(template).toContain('تواصل');
  });
});
