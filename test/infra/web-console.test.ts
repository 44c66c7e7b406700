import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../lib/aws/app.js';
import type { StageConfig } from '../../lib/aws/config.js';
import { buildConsoleInto } from '../../lib/aws/constructs/console-bundling.js';
import { consolePathRewriteCode } from '../../lib/aws/constructs/console-path-rewrite.js';
import { consoleContentSecurityPolicy, WebConsole } from '../../lib/aws/constructs/web-console.js';
import { projectContext } from '../../lib/aws/project-context.js';
import { CONSOLE_PATHS, isConsolePath } from '../../web/src/console/console-paths.js';
import { serviceTemplate } from '../support/service-template.js';

// The real build, watched: which synths run it, and which do not.
vi.mock('../../lib/aws/constructs/console-bundling.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/aws/constructs/console-bundling.js')>();
  return { buildConsoleInto: vi.fn(actual.buildConsoleInto) };
});

const outdirs: string[] = [];
const newOutdir = () => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-console-'));
  outdirs.push(outdir);
  return outdir;
};
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

/** A template value as text: references become `<LogicalId>`, `<LogicalId.Attribute>`, `<import:Name>`. */
const text = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const object = value as Record<string, unknown>;
  if ('Fn::Join' in object) {
    const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
    return parts.map(text).join(separator);
  }
  if ('Ref' in object) return `<${object.Ref}>`;
  if ('Fn::GetAtt' in object) return `<${(object['Fn::GetAtt'] as string[]).join('.')}>`;
  if ('Fn::ImportValue' in object) return `<import:${object['Fn::ImportValue']}>`;
  throw new Error(`No text for ${JSON.stringify(value)}`);
};

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

const synthesizeStage = (stage: string, overrides: Record<string, unknown> = {}) => {
  const outdir = newOutdir();
  const built = buildApp({
    outdir,
    context: projectContext({ stage, 'aws:cdk:bundling-stacks': [], ...overrides }),
  });
  return { outdir, data: Template.fromStack(built.data), service: serviceTemplate(built.service) };
};

const only = <T>(resources: Record<string, T>): [string, T] => {
  const entries = Object.entries(resources);
  expect(entries).toHaveLength(1);
  return entries[0]!;
};

describe('the deployed console', () => {
  let dev: ReturnType<typeof synthesizeStage>;
  let prod: ReturnType<typeof synthesizeStage>;
  const consoleOrigin = 'https://<ConsoleDistribution022D3262.DomainName>';

  beforeAll(() => {
    dev = synthesizeStage('dev');
    prod = synthesizeStage('prod');
  });

  it('when its files are stored, the bucket is private, TLS-only and owner-enforced, and only the distribution reads it, through origin access control', () => {
    // Prepare
    const [, distribution] = only(dev.service.findResources('AWS::CloudFront::Distribution'));
    const [origin] = distribution.Properties.DistributionConfig.Origins;
    const bucketId = origin.DomainName['Fn::GetAtt'][0] as string;
    // Act
    const bucket = dev.service.toJSON().Resources[bucketId];
    const policy = Object.values(dev.service.findResources('AWS::S3::BucketPolicy')).find(
      (candidate) => candidate.Properties.Bucket.Ref === bucketId,
    );
    // Assess
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    const statements = policy!.Properties.PolicyDocument.Statement as Record<string, unknown>[];
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]),
    );
    const allowed = statements.filter((statement) => statement.Effect === 'Allow');
    expect(allowed.length).toBeGreaterThan(0);
    for (const statement of allowed) {
      expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(
        text((statement.Condition as { StringEquals: Record<string, unknown> }).StringEquals['AWS:SourceArn']),
      ).toContain('<ConsoleDistribution022D3262>');
    }
  });

  it('when a page is served, its policy lets scripts and styles come only from the console, calls go to the API, uploads and sign-in only, and nobody frames it', () => {
    // Prepare
    const [, policy] = only(dev.service.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    // Act
    const csp = directives(text(headers.ContentSecurityPolicy.ContentSecurityPolicy));
    // Assess
    const api = 'https://<ResidentApiB9F45DFB>.execute-api.me-central-1.<AWS::URLSuffix>';
    const uploads = 'https://<import:Tawasul-dev-Data-AttachmentsBucketName>.s3.me-central-1.amazonaws.com';
    const signIn =
      'https://<import:Tawasul-dev-Data:ExportsOutputRefIdentityUserPoolDomain56C2A4C9945460E0>.auth.me-central-1.amazoncognito.com';
    expect(csp).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:', uploads],
      'connect-src': ["'self'", api, uploads, signIn],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'", signIn],
    });
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
  });

  it('Noncompliance: when the policy is written for any origins, no directive allows inline or evaluated script', () => {
    // Act
    const policy = consoleContentSecurityPolicy({
      apiOrigin: 'https://api.example',
      attachmentsOrigin: 'https://files.example',
      signInOrigin: 'https://sign-in.example',
    });
    // Assess
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
    expect(directives(policy)['script-src']).toEqual(["'self'"]);
  });

  it('when a page is served, HSTS holds for a year with subdomains and preload, framing is denied, no referrer is sent and types are not sniffed, on every path', () => {
    // Prepare
    const [policyId, policy] = only(dev.service.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const [, distribution] = only(dev.service.findResources('AWS::CloudFront::Distribution'));
    const config = distribution.Properties.DistributionConfig;
    // Act
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    // Assess
    expect(headers.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 31_536_000,
      IncludeSubdomains: true,
      Preload: true,
      Override: true,
    });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    }
    expect(config.HttpVersion).toBe('http2and3');
  });

  it('when the stage has its own domain, the console answers on it with its certificate and TLS 1.2 or newer; without one, on CloudFront’s domain', () => {
    // Act
    const [, withDomain] = only(prod.service.findResources('AWS::CloudFront::Distribution'));
    const [, without] = only(dev.service.findResources('AWS::CloudFront::Distribution'));
    // Assess
    expect(withDomain.Properties.DistributionConfig).toMatchObject({
      Aliases: ['tawasul.example.sa'],
      ViewerCertificate: {
        AcmCertificateArn: expect.stringMatching(/^arn:aws:acm:us-east-1:/),
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      },
    });
    expect(without.Properties.DistributionConfig.Aliases).toBeUndefined();
    prod.service.hasOutput('ConsoleUrl', { Value: 'https://tawasul.example.sa/' });
    prod.service.hasOutput('ConsoleDistributionDomain', {
      Value: { 'Fn::GetAtt': ['ConsoleDistribution022D3262', 'DomainName'] },
    });
    expect(text(dev.service.toJSON().Outputs.ConsoleUrl.Value)).toBe(`${consoleOrigin}/`);
  });

  it('when files are published, hashed ones are cached for a year and kept, the page and config.json are revalidated, replaced and invalidated, after the hashed files', () => {
    // Prepare
    const deployments = dev.service.findResources('Custom::CDKBucketDeployment');
    // Act
    const [assetsId, assets] = Object.entries(deployments).find(([id]) => id.startsWith('ConsoleAssets'))!;
    const [, page] = Object.entries(deployments).find(([id]) => id.startsWith('ConsolePage'))!;
    // Assess
    expect(assets.Properties).toMatchObject({
      Include: ['assets/*'],
      Exclude: ['*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(page.Properties).toMatchObject({
      Exclude: ['assets/*', '.vite/*'],
      Prune: true,
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionPaths: ['/index.html', '/config.json'],
      DistributionId: { Ref: 'ConsoleDistribution022D3262' },
    });
    expect(page.DependsOn).toContain(assetsId);
  });

  it("when config.json is published, it names the API's stage URL without a trailing slash, the user pool domain's endpoints and the console's client", () => {
    // Prepare
    const [, page] = Object.entries(dev.service.findResources('Custom::CDKBucketDeployment')).find(([id]) =>
      id.startsWith('ConsolePage'),
    )!;
    const [, configKey] = page.Properties.SourceObjectKeys as string[];
    const markers = page.Properties.SourceMarkers[1] as Record<string, unknown>;
    // Act
    const written = readFileSync(join(dev.outdir, `asset.${configKey!.replace(/\.zip$/, '')}`, 'config.json'), 'utf8');
    const config = JSON.parse(written.replace(/<<marker:0xbaba:\d+>>/g, (marker) => text(markers[marker])));
    // Assess
    const signIn =
      'https://<import:Tawasul-dev-Data:ExportsOutputRefIdentityUserPoolDomain56C2A4C9945460E0>.auth.me-central-1.amazoncognito.com';
    expect(config).toEqual({
      apiUrl:
        'https://<ResidentApiB9F45DFB>.execute-api.me-central-1.<AWS::URLSuffix>/<ResidentApiDeploymentStagedev6AF7AADE>',
      signIn: {
        authorizeUrl: `${signIn}/oauth2/authorize`,
        tokenUrl: `${signIn}/oauth2/token`,
        logoutUrl: `${signIn}/logout`,
        clientId: '<ConsoleClient4D43B885>',
      },
    });
  });

  it('when residents and staff sign in, the user pool has its Cognito domain with managed login, and the console’s public client returns to the console', () => {
    // Prepare
    const [, client] = only(dev.service.findResources('AWS::Cognito::UserPoolClient'));
    // Act
    const callbacks = (client.Properties.CallbackURLs as unknown[]).map(text);
    const logouts = (client.Properties.LogoutURLs as unknown[]).map(text);
    // Assess
    dev.data.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'tawasul-dev', ManagedLoginVersion: 2 });
    expect(callbacks).toEqual([`${consoleOrigin}/callback`, 'http://localhost:3000/callback']);
    expect(logouts).toEqual([`${consoleOrigin}/`, 'http://localhost:3000/']);
    expect(client.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    dev.service.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      ClientId: { Ref: 'ConsoleClient4D43B885' },
      UseCognitoProvidedValues: true,
    });
  });

  it('when the stage federates the national identity provider, config.json sends sign-in straight to it and the console’s client takes it', () => {
    // Prepare
    const stages = projectContext()['tawasul:stages'] as Record<string, Record<string, unknown>>;
    const oidc = { issuerUrl: 'https://id.example.sa', clientId: 'tawasul', clientSecretName: 'tawasul/national-id' };
    const federated = synthesizeStage('dev', { 'tawasul:stages': { ...stages, dev: { ...stages.dev, oidc } } });
    const [, page] = Object.entries(federated.service.findResources('Custom::CDKBucketDeployment')).find(([id]) =>
      id.startsWith('ConsolePage'),
    )!;
    const [, configKey] = page.Properties.SourceObjectKeys as string[];
    // Act
    const written = readFileSync(
      join(federated.outdir, `asset.${configKey!.replace(/\.zip$/, '')}`, 'config.json'),
      'utf8',
    );
    const [, client] = only(federated.service.findResources('AWS::Cognito::UserPoolClient'));
    // Assess
    expect(JSON.parse(written).signIn.identityProvider).toBe('NationalIdentity');
    expect((client.Properties.SupportedIdentityProviders as unknown[]).map(text)).toEqual([
      'COGNITO',
      expect.stringMatching(/^<import:Tawasul-dev-Data:ExportsOutputRefIdentityNationalIdentity[0-9A-F]+>$/),
    ]);
    federated.data.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'NationalIdentity',
    });
  });

  it('when the stage has its own domain, sign-in returns to it, named once', () => {
    // Act
    const [, client] = only(prod.service.findResources('AWS::Cognito::UserPoolClient'));
    // Assess
    expect(client.Properties.CallbackURLs).toEqual(['https://tawasul.example.sa/callback']);
    expect(client.Properties.LogoutURLs).toEqual(['https://tawasul.example.sa/']);
  });

  it("when a browser calls the API, its CORS preflights and the functions' allowed origins take the console's origin with the stage's others", () => {
    // Prepare
    const preflights = Object.values(dev.service.findResources('AWS::ApiGateway::Method')).filter(
      (method) => method.Properties.HttpMethod === 'OPTIONS',
    );
    const functions = Object.values(dev.service.findResources('AWS::Lambda::Function')).filter(
      (fn) => fn.Properties.Environment?.Variables?.ALLOWED_ORIGINS,
    );
    // Act
    const answered = preflights.map((method) => {
      const [response] = method.Properties.Integration.IntegrationResponses;
      return {
        first: text(response.ResponseParameters['method.response.header.Access-Control-Allow-Origin']),
        template: response.ResponseTemplates['application/json'] as string,
      };
    });
    // Assess
    expect(preflights.length).toBeGreaterThan(0);
    for (const { first, template } of answered) {
      expect(first).toBe(`'${consoleOrigin}'`);
      expect(template).toContain('"http://127.0.0.1:3000"');
      expect(template).toContain('"http://localhost:3000"');
    }
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions)
      expect(text(fn.Properties.Environment.Variables.ALLOWED_ORIGINS)).toBe(
        `${consoleOrigin},http://127.0.0.1:3000,http://localhost:3000`,
      );
  });

  it('when a resident uploads from the console, the attachments bucket’s CORS takes its domain, or CloudFront’s domains for a stage without one', () => {
    // Act
    const origins = (template: Template) =>
      Object.values(template.findResources('AWS::S3::Bucket'))
        .flatMap((bucket) => bucket.Properties.CorsConfiguration?.CorsRules ?? [])
        .flatMap((rule: { AllowedOrigins: string[] }) => rule.AllowedOrigins);
    // Assess
    expect(origins(prod.data)).toEqual(['https://tawasul.example.sa']);
    expect(origins(dev.data)).toEqual(['https://*.cloudfront.net', 'http://127.0.0.1:3000', 'http://localhost:3000']);
  });

  it('when a deep link is requested, the deployed function is the one generated from the console’s paths', () => {
    // Act
    const [, fn] = only(dev.service.findResources('AWS::CloudFront::Function'));
    // Assess
    expect(fn.Properties.FunctionCode).toBe(consolePathRewriteCode(CONSOLE_PATHS));
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    const [, distribution] = only(dev.service.findResources('AWS::CloudFront::Distribution'));
    const config = distribution.Properties.DistributionConfig;
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      expect.objectContaining({ EventType: 'viewer-request' }),
    ]);
    expect(config.CacheBehaviors).toEqual([expect.objectContaining({ PathPattern: '/assets/*' })]);
    expect(config.CacheBehaviors[0].FunctionAssociations).toBeUndefined();
  });
});

describe("the deep links' function", () => {
  /** What CloudFront asks the origin for after the function has seen `uri`. */
  const rewritten = (uri: string): string => {
    const handler = runInNewContext(`${consolePathRewriteCode(CONSOLE_PATHS)}\nhandler;`) as (event: unknown) => {
      uri: string;
    };
    return handler({ request: { uri, method: 'GET', headers: {} } }).uri;
  };

  it.each([
    '/',
    '/callback',
    '/inquiries',
    '/inquiries/new',
    '/inquiries/TW-2027-000123',
    '/documents',
    '/passport',
    '/preferences',
    '/review',
    '/review/inquiries/TW-2027-000123',
    '/statistics',
  ])('Compliance: when %s is requested, the console’s page answers', (path) => {
    // Act
    const uri = rewritten(path);
    // Assess
    expect(uri).toBe('/index.html');
  });

  it.each([
    '/assets/index-Wth3vkq6.js',
    '/config.json',
    '/index.html',
    '/favicon.ico',
    '/inquiries/TW-1/extra',
    '/inquiries/',
    '/review/inquiries',
    '/inquiries/..%2Fconfig.json',
    '/INQUIRIES',
    '/inquiries.json',
  ])('Noncompliance: when %s is requested, it goes to the bucket unchanged, so a missing file stays a 404', (path) => {
    // Act
    const uri = rewritten(path);
    // Assess
    expect(uri).toBe(path);
  });

  it('when any path is requested, CloudFront and the console’s router agree on whether it is a page', () => {
    // Prepare
    const paths = [
      ...CONSOLE_PATHS.map((path) => path.replace(/:[a-z]+/g, 'TW-1')),
      '/inquiries/a/b',
      '/review/x',
      `/inquiries/${'x'.repeat(65)}`,
      `/inquiries/${'x'.repeat(64)}`,
      '/inquiries/with space',
      '/callback/',
    ];
    // Act
    const decisions = paths.map((path) => [path, rewritten(path) === '/index.html']);
    // Assess
    expect(decisions).toEqual(paths.map((path) => [path, isConsolePath(path)]));
  });
});

describe("the console's build at synth", () => {
  const config = {
    stage: 'test',
    region: 'me-central-1',
    allowedOrigins: [],
    callbackUrls: [],
  } as unknown as StageConfig;

  const synthesizeConsole = (context: Record<string, unknown>) => {
    const outdir = newOutdir();
    const app = new App({ outdir, context });
    const stack = new Stack(app, 'Console', { env: { region: 'me-central-1' } });
    const site = new WebConsole(stack, 'Console', {
      config,
      apiOrigin: 'https://api.example',
      attachmentsOrigin: 'https://files.example',
      signInOrigin: 'https://sign-in.example',
      logKey: new kms.Key(stack, 'LogKey'),
      logRetention: 30 as logs.RetentionDays,
    });
    site.publish({
      apiUrl: 'https://api.example/test',
      signIn: { authorizeUrl: 'a', tokenUrl: 't', logoutUrl: 'l', clientId: 'c' },
    });
    app.synth();
    return outdir;
  };

  beforeEach(() => {
    vi.mocked(buildConsoleInto).mockClear();
  });

  it('when bundling is skipped (the infrastructure tests, the local runtime), no build runs', () => {
    // Act
    const outdir = synthesizeConsole({ 'aws:cdk:bundling-stacks': [] });
    // Assess
    expect(buildConsoleInto).not.toHaveBeenCalled();
    expect(readdirSync(outdir).filter((entry) => existsSync(join(outdir, entry, 'index.html')))).toEqual([]);
  });

  it('when a synth bundles (cdk synth, cdk deploy), the console is built from source into its asset, with no inline script', () => {
    // Act
    const outdir = synthesizeConsole({});
    // Assess
    expect(buildConsoleInto).toHaveBeenCalledTimes(1);
    const [built] = readdirSync(outdir).filter((entry) => existsSync(join(outdir, entry, 'index.html')));
    const page = readFileSync(join(outdir, built!, 'index.html'), 'utf8');
    expect(readdirSync(join(outdir, built!, 'assets')).some((file) => file.endsWith('.js'))).toBe(true);
    expect(page).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('when the Node running the synth is older than Vite takes, nothing is built here and CDK builds in its node:24 container', () => {
    // Prepare
    const outDir = newOutdir();
    // Act
    const built = buildConsoleInto(outDir, '20.20.2');
    // Assess
    expect(built).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
  });
});
