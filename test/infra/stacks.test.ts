import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_PROBLEMS } from '../../functions/contract/problem-types.js';
import { API_DOCUMENT_PATH, allowHeader, ROUTES } from '../../functions/contract/routes.js';
import {
  CONTACT_REMEMBER_ACTIONS,
  MESSAGE_RECORD_ACTIONS,
  PROCESSING_TIMES_PUBLISH_ACTIONS,
  REMINDER_LOG_ACTIONS,
  SMS_SPEND_READ_ACTIONS,
  STATS_READER_ACTIONS,
} from '../../functions/contract/table-actions.js';
import {
  ESTABLISHMENT_CONTACTS_PARTITION_PREFIX,
  SMS_SPEND_PARTITION_PREFIX,
} from '../../functions/contract/table-layouts.js';
import { REFRESH_PROCESSING_TIMES, REMINDER_TASKS, REVIEW_TASKS } from '../../functions/contract/triggers.js';
import { buildApp } from '../../lib/aws/app.js';
import { projectContext } from '../../lib/aws/project-context.js';
import { serviceTemplate } from '../support/service-template.js';

/** Each synthesis writes its assets here, and the folder goes when the tests end. */
const outdirs: string[] = [];
const synthesize = (context: Record<string, unknown> = {}) => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-infra-'));
  outdirs.push(outdir);
  return buildApp({ outdir, context: projectContext(context) });
};
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});
/**
 * The prod stage unbundled, synthesized once for the tests that read it: its settings are the
 * template's, and each synthesis of the whole app takes most of a minute on CI's two cores.
 */
let prodStage: ReturnType<typeof buildApp> | undefined;
const unbundledProd = () => {
  prodStage ??= synthesize({ stage: 'prod', 'aws:cdk:bundling-stacks': [] });
  return prodStage;
};

const packs = (app: App) => [new AwsSolutionsChecks(app), new ServerlessChecks(app), new NIST80053R5Checks(app)];

describe('CDK app', () => {
  let built: ReturnType<typeof buildApp>;
  let data: Template;
  let service: Template;

  beforeAll(() => {
    built = synthesize();
    data = Template.fromStack(built.data);
    service = serviceTemplate(built.service);
  });

  it('when synthesized, every cdk-nag pack passes with only acknowledged findings', () => {
    for (const pack of packs(built.app)) {
      const report = pack.validateScope(built.app);
      expect(
        report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`),
      ).toEqual([]);
    }
  });

  it('when a resource breaks a rule, the same packs fail — the check above can fail', () => {
    // Prepare
    const outdir = mkdtempSync(join(tmpdir(), 'tawasul-infra-'));
    outdirs.push(outdir);
    const app = new App({ outdir });
    const stack = new Stack(app, 'Careless');
    new dynamodb.Table(stack, 'Plain', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    // Act
    const names = packs(app).flatMap((pack) => pack.validateScope(app).violations.map((v) => v.ruleName));
    // Assess
    expect(names).toEqual(expect.arrayContaining(['AwsSolutions-DDB3', 'NIST.800.53.R5-DynamoDBPITREnabled']));
  });

  it('when deployed, stateful resources keep the logical IDs they were first deployed with', () => {
    // A changed logical ID makes CloudFormation replace the resource: a new, empty table.
    const ids = (type: string) => Object.keys(data.findResources(type));
    expect(ids('AWS::DynamoDB::Table').sort()).toEqual([
      'InquiriesTable3CEF0F62',
      'MessagesTable9E4E97A0',
      'ResidentTablesReminderLog095E5966',
      'ResidentTablesResidents0BBCB1A1',
      'StatsTable68617372',
    ]);
    expect(ids('AWS::KMS::Key').sort()).toEqual(['DataKey17AFBB84', 'FirewallLogKey53F7BC1A']);
    expect(ids('AWS::Logs::LogGroup')).toEqual(['FirewallLogLogs8BD474ED']);
    expect(ids('AWS::Cognito::UserPool')).toEqual(['IdentityUserPool96FE3B9B']);
    expect(ids('AWS::Backup::BackupVault')).toEqual(['BackupVault3A9C5852']);
    expect(ids('AWS::S3::Bucket').sort()).toEqual([
      'AttachmentsAccessLogsFEF2E8E3',
      'AttachmentsBucket134755D7',
      'RegisterBucket6DECF962',
    ]);
    // Nor do their settings move with CDK's feature flags: access logs still arrive by ACL, as first deployed.
    expect(data.findResources('AWS::S3::Bucket').AttachmentsAccessLogsFEF2E8E3!.Properties).toMatchObject({
      AccessControl: 'LogDeliveryWrite',
    });
  });

  it('when the table is defined, it is encrypted with the customer key, recoverable, protected and retained', () => {
    data.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: { 'Fn::GetAtt': ['DataKey17AFBB84', 'Arn'] },
        },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        BillingMode: 'PAY_PER_REQUEST',
      }),
    });
    data.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    data.resourceCountIs('AWS::Backup::BackupSelection', 1);
  });

  it('when the inquiries table is defined, it streams every change with the item before and after it; the other tables stream nothing', () => {
    // Act
    const streamed = Object.values(data.findResources('AWS::DynamoDB::Table')).filter(
      (table) => table.Properties.StreamSpecification,
    );
    // Assess: the review's start and the statistics follow from the inquiries' writes
    expect(streamed.map((table) => table.Properties.StreamSpecification)).toEqual([
      { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    ]);
    expect(
      streamed[0]?.Properties.GlobalSecondaryIndexes.map((index: { IndexName: string }) => index.IndexName),
    ).toEqual(['byResident', 'byEstablishment', 'reviewQueue']);
  });

  it('when the statistics table is defined, it is keyed by section and day, protected like the residents’ tables, backed up, and only its markers expire', () => {
    // Act
    const stats = data.findResources('AWS::DynamoDB::Table').StatsTable68617372!;
    // Assess
    expect(stats).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(stats.Properties).toEqual({
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': ['DataKey17AFBB84', 'Arn'] },
      },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    const selection = Object.values(data.findResources('AWS::Backup::BackupSelection'))[0]!;
    expect(JSON.stringify(selection.Properties.BackupSelection.Resources)).toContain('StatsTable68617372');
  });

  it('when the user pool is defined, it requires MFA, has the reviewers, supervisors and establishments groups and cannot be deleted by accident', () => {
    data.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ MfaConfiguration: 'ON', DeletionProtection: 'ACTIVE' }),
    });
    const groups = Object.values(data.findResources('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([
      'establishments',
      'reviewers',
      'supervisors',
    ]);
  });

  it('when a user signs in through the app client, they cannot grant themselves review sections or an establishment', () => {
    const [client] = Object.values(data.findResources('AWS::Cognito::UserPoolClient'));
    const writable = client!.Properties.WriteAttributes as string[];
    expect(writable).toEqual(expect.arrayContaining(['phone_number', 'locale', 'custom:iqamaNumber']));
    expect(writable).not.toContain('custom:sections');
    expect(writable).not.toContain('custom:establishmentId');
  });

  it('when functions are defined, each runs Node.js 24 on arm64 with tracing and a retained, encrypted log group', () => {
    // CDK's own functions that run at deployment (copying the console's files, setting the account's
    // SMS attributes) are not the service's.
    const functions = Object.fromEntries(
      Object.entries(service.findResources('AWS::Lambda::Function')).filter(
        ([id]) => !id.startsWith('CustomCDKBucketDeployment') && !id.startsWith('AWS679f53fac002430cb0da5b7982bd2287'),
      ),
    );
    // The API's, the upload verifier, the register import, the bulk files', the review starters (stream and reconciliation), the statistics' projector, the processing times' refresh, the SMS receipts', and the two workflows' tasks.
    expect(Object.keys(functions)).toHaveLength(
      ROUTES.length + 8 + Object.keys(REVIEW_TASKS).length + Object.keys(REMINDER_TASKS).length,
    );
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
      });
    }
    for (const logGroup of Object.values(service.findResources('AWS::Logs::LogGroup'))) {
      expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
      expect(logGroup.Properties.KmsKeyId).toBeDefined();
    }
  });

  it('when concurrency is reserved, only the reminder batch — as many as the sweep runs batches at once — and the bulk files have a reservation, and the API is held by throttling', () => {
    // Prepare
    const reserved = Object.entries(service.findResources('AWS::Lambda::Function'))
      .filter(([, fn]) => fn.Properties.ReservedConcurrentExecutions !== undefined)
      .map(([id, fn]) => [id, fn.Properties.ReservedConcurrentExecutions]);
    const [sweep] = Object.values(service.findResources('AWS::StepFunctions::StateMachine')).filter((sm) =>
      JSON.stringify(sm).includes('SweepBatches'),
    );
    const definition = (sweep!.Properties.DefinitionString['Fn::Join'][1] as unknown[])
      .filter((part) => typeof part === 'string')
      .join('');
    // Assess
    expect(reserved).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/^ReminderSweepSendReminderBatchFunction/), 4],
        [expect.stringMatching(/^BulkFileProcessingProcessBulkFile/), 10],
      ]),
    );
    expect(reserved).toHaveLength(2);
    expect(definition).toMatch(/"SweepBatches":\{"Type":"Map".*"MaxConcurrency":4\}/s);
    service.hasResourceProperties('AWS::ApiGateway::Stage', {
      MethodSettings: Match.arrayWith([Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 })]),
    });
  });

  it('when the stages in cdk.json are synthesized, their reservations fit the default Lambda quota less the 100 Lambda keeps unreserved', () => {
    for (const stage of ['dev', 'prod']) {
      // Act
      const built = stage === 'prod' ? unbundledProd() : synthesize({ stage, 'aws:cdk:bundling-stacks': [] });
      // Assess
      expect(() => built.app.synth()).not.toThrow();
      expect(built.config.lambdaQuota).toBeUndefined();
    }
  });

  it("when a stage's functions would reserve more than its lambdaQuota less 100, synth refuses it and names the reservations", () => {
    // Prepare
    const stages = projectContext()['tawasul:stages'] as Record<string, Record<string, unknown>>;
    const withQuota = (lambdaQuota: number) =>
      synthesize({
        'tawasul:stages': { ...stages, small: { ...stages.dev, lambdaQuota } },
        stage: 'small',
        'aws:cdk:bundling-stacks': [],
      });
    // Act
    const refused = withQuota(113);
    const fitting = withQuota(114);
    // Assess
    expect(() => refused.app.synth()).toThrow(
      /reserve 14 concurrent executions, more than the 13 this stage's account can reserve \(lambdaQuota 113.*SendReminderBatchFunction.* 4.*ProcessBulkFile.* 10/s,
    );
    expect(() => fitting.app.synth()).not.toThrow();
  });

  it('when the service stack is deleted and deployed again, nothing it held is left behind under the same name: no resource is both retained and named', () => {
    // Prepare
    const retainedAndNamed = (template: Template) =>
      Object.entries(
        template.toJSON().Resources as Record<
          string,
          { Type: string; DeletionPolicy?: string; Properties?: Record<string, unknown> }
        >,
      )
        .filter(([, resource]) => ['Retain', 'RetainExceptOnCreate'].includes(resource.DeletionPolicy ?? ''))
        .flatMap(([id, resource]) =>
          Object.keys(resource.Properties ?? {})
            .filter((property) => property.endsWith('Name'))
            .map((property) => `${id}.${property}`),
        );
    const prod = unbundledProd();
    // Act
    const inService = [...retainedAndNamed(service), ...retainedAndNamed(serviceTemplate(prod.service))];
    const inData = retainedAndNamed(data);
    // Assess
    expect(inService).toEqual([]);
    // The check can fail: the data stack, never replaced, holds two.
    expect(inData.sort()).toEqual(['BackupVault3A9C5852.BackupVaultName', 'FirewallLogLogs8BD474ED.LogGroupName']);
  });

  it("when WAF logs, it writes to the data stack's retained, encrypted aws-waf-logs- group, with the authorization header, the path and the query redacted", () => {
    data.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Retain',
      Properties: {
        LogGroupName: 'aws-waf-logs-Tawasul-dev-Data',
        RetentionInDays: 30,
        KmsKeyId: { 'Fn::GetAtt': ['FirewallLogKey53F7BC1A', 'Arn'] },
      },
    });
    service.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      LogDestinationConfigs: [{ 'Fn::ImportValue': 'Tawasul-dev-Data-FirewallLogArn' }],
      // Paths and cursors name employees by iqama number.
      RedactedFields: [{ SingleHeader: { Name: 'authorization' } }, { UriPath: {} }, { QueryString: {} }],
    });
    expect(JSON.stringify(data.toJSON().Outputs.FirewallLogArn.Value)).toContain(
      ':log-group:aws-waf-logs-Tawasul-dev-Data"',
    );
  });

  it('when the API is defined, its stage is throttled, traced and access-logged, behind WAF with a per-IP limit', () => {
    service.hasResourceProperties('AWS::ApiGateway::Stage', {
      TracingEnabled: true,
      AccessLogSetting: Match.objectLike({ DestinationArn: Match.anyValue() }),
      MethodSettings: Match.arrayWith([
        Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, DataTraceEnabled: false }),
      ]),
    });
    service.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: { Limit: 2000, AggregateKeyType: 'IP' } } }),
      ]),
    });
    service.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    service.hasResourceProperties('AWS::ApiGateway::RequestValidator', {
      ValidateRequestBody: true,
      ValidateRequestParameters: true,
    });
  });

  it('when WAF inspects bodies, its 8 KB body limit only counts, so that a 4,000-character Hindi description reaches the function', () => {
    // Assess
    service.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'AWSManagedRulesCommonRuleSet',
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
            }),
          },
        }),
      ]),
    });
    expect(
      Buffer.byteLength(JSON.stringify({ category: 'GENERAL_INQUIRY', description: 'क'.repeat(4000) })),
    ).toBeGreaterThan(8 * 1024);
  });

  /** The methods of the routes' resources: all but those of the published contract (test/infra/api-document.test.ts). */
  const routeResourceMethods = () => {
    const documentResources = Object.keys(
      service.findResources('AWS::ApiGateway::Resource', { Properties: { PathPart: API_DOCUMENT_PATH.slice(1) } }),
    );
    return Object.values(service.findResources('AWS::ApiGateway::Method')).filter(
      (m) => !documentResources.includes(m.Properties.ResourceId.Ref),
    );
  };

  /** The methods of the resources whose routes the route table opens to anyone (by their last path part). */
  const openRouteMethods = () => {
    const openParts = ROUTES.filter((route) => route.caller === 'anyone').map((route) => route.path.split('/').at(-1));
    const openResources = Object.entries(service.findResources('AWS::ApiGateway::Resource'))
      .filter(([, resource]) => openParts.includes(resource.Properties.PathPart))
      .map(([id]) => id);
    return routeResourceMethods().filter(
      (m) => openResources.includes(m.Properties.ResourceId.Ref) && m.Properties.HttpMethod !== 'OPTIONS',
    );
  };

  it('when a route is defined, its method needs a Cognito token, unless the route table opens it to anyone', () => {
    const methods = routeResourceMethods().filter((m) => !['OPTIONS', 'ANY'].includes(m.Properties.HttpMethod));
    const open = openRouteMethods();
    expect(methods).toHaveLength(ROUTES.length);
    expect(open.filter((m) => m.Properties.HttpMethod !== 'ANY')).toHaveLength(
      ROUTES.filter((route) => route.caller === 'anyone').length,
    );
    for (const method of methods)
      expect(method.Properties.AuthorizationType).toBe(open.includes(method) ? 'NONE' : 'COGNITO_USER_POOLS');
  });

  it('when a route is open to anyone, only its method and its resource’s 405 catch-all take no sign-in, beside the published contract’s', () => {
    // Prepare
    const methods = service.findResources('AWS::ApiGateway::Method');
    const resourcePaths = Object.values(service.findResources('AWS::ApiGateway::Resource')).map(
      (resource) => resource.Properties.PathPart,
    );
    // Act
    const open = Object.entries(methods)
      .filter(([, m]) => m.Properties.AuthorizationType === 'NONE' && m.Properties.HttpMethod !== 'OPTIONS')
      .map(([id, m]) => `${m.Properties.HttpMethod} ${id.replace(/(GET|ANY)[0-9A-F]{8}$/, '')}`)
      .sort();
    // Assess
    expect(open).toEqual([
      'ANY ResidentApiopenapijson',
      'ANY ResidentApiv1processingtimes',
      'GET ResidentApiopenapijson',
      'GET ResidentApiv1processingtimes',
    ]);
    expect(resourcePaths).toContain('processing-times');
    const get = openRouteMethods().find((m) => m.Properties.HttpMethod === 'GET')!;
    expect(get.Properties.RequestParameters ?? {}).not.toHaveProperty('method.request.header.Authorization');
    expect(get.Properties.Integration.Type).toBe('AWS_PROXY');
  });

  it('when a resource is called with a method it lacks, API Gateway answers 405 with its Allow header, behind the same authorizer', () => {
    // Prepare
    const expected = [...Map.groupBy(ROUTES, (route) => route.path).values()].map(
      (routes) => `'${allowHeader(routes.map((r) => r.method))}'`,
    );
    // Act
    const catchAll = routeResourceMethods().filter((m) => m.Properties.HttpMethod === 'ANY');
    // Assess
    expect(
      catchAll
        .map((m) => m.Properties.Integration.IntegrationResponses[0].ResponseParameters['method.response.header.Allow'])
        .sort(),
    ).toEqual(expected.sort());
    const openCatchAll = openRouteMethods().filter((m) => m.Properties.HttpMethod === 'ANY');
    expect(openCatchAll).toHaveLength(1);
    for (const method of catchAll) {
      expect(method.Properties.AuthorizationType).toBe(openCatchAll.includes(method) ? 'NONE' : 'COGNITO_USER_POOLS');
      expect(method.Properties.Integration).toMatchObject({
        Type: 'MOCK',
        IntegrationResponses: [{ StatusCode: '405' }],
      });
      const body = JSON.parse(
        method.Properties.Integration.IntegrationResponses[0].ResponseTemplates['application/json'],
      );
      expect(body).toMatchObject({ type: 'urn:tawasul:problem:method-not-allowed', status: 405 });
      expect(body.title).toMatch(/Method not allowed .* الطريقة غير مسموح بها/);
    }
    expect(expected).toContain("'GET, OPTIONS'");
  });

  it('when a method a resource lacks comes with a JSON body or none, its mock is handed the 405 by a template and never sees binary', () => {
    // A mock takes its status from what its request template yields: without a template it has nothing
    // to read a statusCode from, and a JSON body (a binary media type here) it cannot transform at all;
    // a response whose Accept names a binary type is decoded from base64 unless it is kept as text.
    // Act
    const catchAll = Object.values(service.findResources('AWS::ApiGateway::Method')).filter(
      (m) => m.Properties.HttpMethod === 'ANY',
    );
    // Assess
    expect(catchAll.length).toBeGreaterThan(0);
    for (const { Properties } of catchAll) {
      expect(JSON.parse(Properties.Integration.RequestTemplates['application/json'])).toEqual({ statusCode: 405 });
      expect(Properties.Integration).toMatchObject({
        PassthroughBehavior: 'NEVER',
        ContentHandling: 'CONVERT_TO_TEXT',
      });
      expect(Properties.Integration.IntegrationResponses).toEqual([
        expect.objectContaining({ StatusCode: '405', ContentHandling: 'CONVERT_TO_TEXT' }),
      ]);
    }
  });

  it('when an address has no resource, API Gateway answers 404 not-found instead of "Missing Authentication Token"', () => {
    service.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'MISSING_AUTHENTICATION_TOKEN',
      StatusCode: '404',
      ResponseTemplates: {
        'application/json': Match.serializedJson(
          Match.objectLike({ type: 'urn:tawasul:problem:not-found', status: 404 }),
        ),
      },
    });
  });

  it.each(GATEWAY_PROBLEMS)(
    'when API Gateway answers $response by itself, it is the problem $code the contract lists on every route',
    ({ response, code }) => {
      service.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: response,
        ResponseParameters: { 'gatewayresponse.header.Content-Type': "'application/problem+json'" },
        ResponseTemplates: {
          'application/json': Match.serializedJson(Match.objectLike({ type: `urn:tawasul:problem:${code}` })),
        },
      });
    },
  );

  it('when a JSON body is sent, API Gateway passes its bytes base64-encoded, so that the function can refuse bytes that are not UTF-8', () => {
    service.hasResourceProperties('AWS::ApiGateway::RestApi', { BinaryMediaTypes: ['application/json'] });
  });

  it('when permissions are granted, read-only functions cannot write and nobody gets wildcard actions', () => {
    const policies = service.findResources('AWS::IAM::Policy');
    const statementsOf = (routeId: string) =>
      Object.entries(policies)
        // The role's own policy: GetEmployee's is not GetEmployeeInquiry's.
        .filter(([id]) => id.startsWith(`${routeId}ServiceRole`))
        .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]);
    const actionsOf = (routeId: string) => statementsOf(routeId).flatMap((s) => [s.Action].flat());
    /** The DynamoDB actions a route's role has on the table whose logical ID starts with `table`. */
    /** Statements limited to some partitions (`dynamodb:LeadingKeys`) are checked apart. */
    const limited = (s: object) => JSON.stringify(s).includes('dynamodb:LeadingKeys');
    const tableActionsOf = (routeId: string, table: string) =>
      statementsOf(routeId)
        .filter((s) => !limited(s))
        .filter((s) => JSON.stringify((s as { Resource?: unknown }).Resource).includes(table))
        .flatMap((s) => [s.Action].flat())
        .filter((a) => a.startsWith('dynamodb:'));
    for (const route of ROUTES) {
      const actions = actionsOf(route.id);
      expect(actions.filter((a) => a.endsWith('*') && !a.startsWith('xray:'))).toEqual([]);
      for (const [table, access] of [
        ['InquiriesTable', route.inquiriesTable],
        ['ResidentTablesResidents', route.residentsTable],
        ['StatsTable', route.statsTable],
      ] as const) {
        const granted = tableActionsOf(route.id, table);
        if (access !== 'readWrite') expect(granted).not.toContain('dynamodb:PutItem');
        if (access === 'none') expect(granted).toEqual([]);
        else expect(granted).toContain('dynamodb:GetItem');
      }
      // Establishment routes write the caller's contact, in the contacts' partitions and nowhere else.
      expect(statementsOf(route.id).filter(limited)).toEqual(
        route.establishmentContacts
          ? [
              expect.objectContaining({
                Action: [...CONTACT_REMEMBER_ACTIONS],
                Condition: {
                  'ForAllValues:StringLike': {
                    'dynamodb:LeadingKeys': [`${ESTABLISHMENT_CONTACTS_PARTITION_PREFIX}*`],
                  },
                },
              }),
            ]
          : [],
      );
    }
  });

  it('when the attachments bucket is defined, it is private, TLS-only, KMS-encrypted, versioned, logged and owner-enforced', () => {
    data.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: { 'Fn::GetAtt': ['DataKey17AFBB84', 'Arn'] },
              },
            }),
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: { Ref: 'AttachmentsAccessLogsFEF2E8E3' } }),
        CorsConfiguration: {
          CorsRules: [
            Match.objectLike({
              AllowedMethods: ['POST'],
              AllowedOrigins: ['https://*.cloudfront.net', 'http://127.0.0.1:3000', 'http://localhost:3000'],
            }),
          ],
        },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
            Match.objectLike({ TagFilters: [{ Key: 'verified', Value: 'false' }], ExpirationInDays: 2 }),
            Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
          ]),
        },
      }),
    });
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'AttachmentsBucket134755D7' },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    data.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { EventBridgeConfiguration: {} },
    });
  });

  it('when the review state machine is defined, it is Standard, traced, logs every event without execution data, and retries with jitter and catches on every task', () => {
    const [machine] = Object.values(service.findResources('AWS::StepFunctions::StateMachine'));
    expect(machine!.Properties).toMatchObject({
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
    const join = machine!.Properties.DefinitionString['Fn::Join'] as [string, unknown[]];
    const definition = JSON.parse(join[1].map((part) => (typeof part === 'string' ? part : 'x')).join('')) as {
      States: Record<
        string,
        {
          Type: string;
          Retry?: { JitterStrategy?: string; ErrorEquals: string[] }[];
          Catch?: { ErrorEquals: string[] }[];
        }
      >;
    };
    const tasks = Object.entries(definition.States).filter(([, state]) => state.Type === 'Task');
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    for (const [name, state] of tasks) {
      expect(state.Retry, name).toEqual([
        expect.objectContaining({ JitterStrategy: 'FULL', ErrorEquals: ['States.TaskFailed'] }),
      ]);
      expect(state.Catch?.length, name).toBeGreaterThan(0);
    }
    expect(definition.States.Await!.Catch!.map((c) => c.ErrorEquals[0])).toEqual(['States.Timeout', 'States.ALL']);
  });

  it('when permissions for the workflow are granted, only submission, the table’s stream and the reconciliation may start it and only decisions, replies, appeals and the wait itself may resume it', () => {
    const statements = Object.entries(service.findResources('AWS::IAM::Policy')).flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) =>
        [s.Action].flat().map((action) => ({ id, action })),
      ),
    );
    const holders = (action: string) =>
      [
        ...new Set(
          statements
            .filter((s) => s.action === action)
            .map((s) => s.id.replace(/ServiceRoleDefaultPolicy.*|[0-9A-F]{8}$/, '')),
        ),
      ].sort();
    expect(holders('states:StartExecution')).toEqual([
      'ReminderSweepScheduleRoleDefaultPolicy',
      'ReviewReconciliationReconcileReviewsFunction',
      'ReviewStartStartReviewFunction',
    ]);
    expect(holders('states:SendTaskSuccess')).toEqual([
      'AppealInquiry',
      'DecideInquiry',
      'ReplyToEmployeeInquiry',
      'ReplyToInquiry',
      'ReviewWorkflowAwaitNextCallback',
    ]);
    expect(
      statements.filter(
        (s) =>
          s.action.startsWith('states:') && !['states:StartExecution', 'states:SendTaskSuccess'].includes(s.action),
      ),
    ).toEqual([]);
  });

  it('when documents are stored, the expiry index holds only what a reminder needs — no document number, no name —, the employer index no contact or name, and both tables are backed up', () => {
    const tables = data.findResources('AWS::DynamoDB::Table');
    const residents = tables.ResidentTablesResidents0BBCB1A1!.Properties;
    expect(residents.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'byExpiry',
        KeySchema: [{ AttributeName: 'expiryShard', KeyType: 'HASH' }],
        Projection: {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: ['documentId', 'documentType', 'expiresOn', 'dependent', 'phone', 'locale', 'smsReminders'],
        },
      },
      {
        IndexName: 'byEmployer',
        KeySchema: [
          { AttributeName: 'employer', KeyType: 'HASH' },
          { AttributeName: 'expiresOn', KeyType: 'RANGE' },
        ],
        Projection: {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: ['iqamaNumber', 'documentId', 'documentType', 'number', 'issuedOn'],
        },
      },
    ]);
    expect(tables.ResidentTablesReminderLog095E5966!.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: 'expiresAt',
      Enabled: true,
    });
    // The idempotency claims of passport and preference updates expire from the residents table.
    expect(residents.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    const selection = Object.values(data.findResources('AWS::Backup::BackupSelection'))[0]!;
    expect(JSON.stringify(selection.Properties.BackupSelection.Resources)).toContain(
      'ResidentTablesReminderLog095E5966',
    );
    expect(JSON.stringify(selection.Properties.BackupSelection.Resources)).toContain('ResidentTablesResidents0BBCB1A1');
  });

  it('when the sweep is scheduled, it starts daily at 09:00 Riyadh time with retries, and a failed sweep or batch, an uncertain SMS, or reminders deferred for the budget, alert operators', () => {
    service.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 9 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Riyadh',
      Target: Match.objectLike({
        Input: '{"scheduledTime":"<aws.scheduler.scheduled-time>"}',
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 21600 },
      }),
    });
    const alarms = Object.keys(service.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.filter((id) => id.startsWith('ReminderSweep'))).toEqual([
      expect.stringMatching(/^ReminderSweepSweepFailed/),
      expect.stringMatching(/^ReminderSweepBatchesFailed/),
      expect.stringMatching(/^ReminderSweepRemindersUncertain/),
      expect.stringMatching(/^ReminderSweepRemindersDeferredForBudget/),
    ]);
    service.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      LoggingConfiguration: Match.objectLike({ IncludeExecutionData: false, Level: 'ALL' }),
      DefinitionString: Match.objectLike({
        'Fn::Join': [
          '',
          Match.arrayWith([Match.stringLikeRegexp('"ItemProcessor":\\{"ProcessorConfig":\\{"Mode":"INLINE"\\}')]),
        ],
      }),
    });
  });

  it('when the processing times are refreshed, a schedule invokes their function daily at 02:30 Riyadh time with retries and a dead-letter queue, whose messages alert operators', () => {
    // Prepare
    const [functionId] = Object.keys(
      service.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: Match.objectLike({ STATS_TABLE_NAME: Match.anyValue() }) } },
      }),
    ).filter((id) => id.startsWith(`ProcessingTimesRefresh${REFRESH_PROCESSING_TIMES.id}`));
    const [queueId] = Object.keys(service.findResources('AWS::SQS::Queue')).filter((id) =>
      id.startsWith('ProcessingTimesRefreshDeadLetters'),
    );
    // Assess
    expect(functionId).toBeDefined();
    service.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(30 2 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Riyadh',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
        Input: '{"scheduledTime":"<aws.scheduler.scheduled-time>"}',
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 21600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
      }),
    });
    service.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
    });
  });

  it('when the refresh is granted the statistics table, it may only query the day items and put the snapshot', () => {
    // Prepare
    const [, policy] = Object.entries(service.findResources('AWS::IAM::Policy')).find(([id]) =>
      id.startsWith(`ProcessingTimesRefresh${REFRESH_PROCESSING_TIMES.id}`),
    )!;
    // Act
    const dynamodbActions = (policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
      .flatMap((s) => [s.Action].flat())
      .filter((action) => action.startsWith('dynamodb:'));
    // Assess
    expect(dynamodbActions.sort()).toEqual([...STATS_READER_ACTIONS, ...PROCESSING_TIMES_PUBLISH_ACTIONS].sort());
  });

  it('when SMS permissions are granted, only the two workflows (the sweep with its digests) may publish, and no function may scan or delete items', () => {
    const statements = Object.entries(service.findResources('AWS::IAM::Policy')).flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) =>
        [s.Action].flat().map((action) => ({ id, action })),
      ),
    );
    const publishers = [...new Set(statements.filter((s) => s.action === 'sns:Publish').map((s) => s.id))];
    // Each workflow's SMS function only; no state machine carries a phone number to publish to.
    expect(publishers).toEqual([
      expect.stringMatching(/^ReviewWorkflowNotifyResidentFunction/),
      expect.stringMatching(/^ReminderSweepSendReminderBatchFunction/),
      expect.stringMatching(/^ReminderSweepSendDigestBatchFunction/),
    ]);
    for (const publisher of publishers) {
      expect(statements).toContainEqual({ id: publisher, action: 'sns:Publish' });
    }
    const denies = Object.entries(service.findResources('AWS::IAM::Policy'))
      .filter(([id]) => publishers.includes(id))
      .flatMap(([, policy]) =>
        (policy.Properties.PolicyDocument.Statement as { Effect: string; Resource: unknown }[]).filter(
          (s) => s.Effect === 'Deny',
        ),
      );
    expect(denies.map((s) => s.Resource)).toEqual(publishers.map(() => 'arn:aws:sns:*:*:*'));
    expect(
      statements.filter((s) => ['dynamodb:Scan', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'].includes(s.action)),
    ).toEqual([]);
  });

  it('when the batch function is granted its tables, it may only query the expiry index, make the reminder log’s and the SMS records’ own calls, read the months’ SMS spend, and publish no topic', () => {
    const [, policy] = Object.entries(service.findResources('AWS::IAM::Policy')).find(([id]) =>
      id.startsWith('ReminderSweepSendReminderBatchFunction'),
    )!;
    const statements = policy.Properties.PolicyDocument.Statement as {
      Effect: string;
      Action: string | string[];
      Resource: unknown;
      Condition?: unknown;
    }[];
    const dynamodbGrants = statements
      .filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')))
      .map((s) => [
        [s.Action].flat().sort(),
        JSON.stringify(s.Resource).includes('/index/byExpiry')
          ? 'byExpiry index'
          : JSON.stringify(s.Resource).includes('ReminderLog')
            ? 'reminder log'
            : JSON.stringify(s.Resource).includes('MessagesTable')
              ? `messages${s.Condition ? ` ${JSON.stringify(s.Condition)}` : ''}`
              : 'other',
      ]);
    expect(dynamodbGrants).toEqual([
      [['dynamodb:Query'], 'byExpiry index'],
      [[...REMINDER_LOG_ACTIONS].sort(), 'reminder log'],
      [[...MESSAGE_RECORD_ACTIONS].sort(), 'messages'],
      [
        [...SMS_SPEND_READ_ACTIONS],
        `messages ${JSON.stringify({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${SMS_SPEND_PARTITION_PREFIX}*`] } })}`,
      ],
    ]);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Resource: 'arn:aws:sns:*:*:*' }),
    );
  });

  it('when the digest function is granted its tables, it may only query the contacts’ partitions and the employer index, make the reminder log’s and the SMS records’ own calls, and read the months’ SMS spend', () => {
    const [, policy] = Object.entries(service.findResources('AWS::IAM::Policy')).find(([id]) =>
      id.startsWith('ReminderSweepSendDigestBatchFunction'),
    )!;
    const statements = policy.Properties.PolicyDocument.Statement as {
      Action: string | string[];
      Resource: unknown;
      Condition?: unknown;
    }[];
    const dynamodbGrants = statements
      .filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')))
      .map((s) => [
        [s.Action].flat().sort(),
        JSON.stringify(s.Resource).includes('/index/byEmployer')
          ? 'byEmployer index'
          : JSON.stringify(s.Resource).includes('ReminderLog')
            ? 'reminder log'
            : JSON.stringify(s.Resource).includes('MessagesTable')
              ? `messages${s.Condition ? ` ${JSON.stringify(s.Condition)}` : ''}`
              : JSON.stringify(s.Condition ?? null),
      ]);
    expect(dynamodbGrants).toEqual([
      [
        ['dynamodb:Query'],
        JSON.stringify({
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${ESTABLISHMENT_CONTACTS_PARTITION_PREFIX}*`] },
        }),
      ],
      [['dynamodb:Query'], 'byEmployer index'],
      [[...REMINDER_LOG_ACTIONS].sort(), 'reminder log'],
      [[...MESSAGE_RECORD_ACTIONS].sort(), 'messages'],
      [
        [...SMS_SPEND_READ_ACTIONS],
        `messages ${JSON.stringify({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${SMS_SPEND_PARTITION_PREFIX}*`] } })}`,
      ],
    ]);
  });

  it("when SMS receipts are set up, the account logs every delivery and failure through a role of its own, under the stage's spend limit, and both log groups reach the receipts' function", () => {
    const [attributes] = Object.values(service.findResources('Custom::AWS'));
    const create = JSON.stringify(attributes?.Properties?.Create);
    expect(create).toContain('setSMSAttributes');
    expect(create).toContain('\\"DeliveryStatusSuccessSamplingRate\\":\\"100\\"');
    expect(create).toContain(`\\"MonthlySpendLimit\\":\\"${built.config.smsMonthlyBudgetUsd}\\"`);
    const groups = Object.values(service.findResources('AWS::Logs::LogGroup')).map((group) =>
      JSON.stringify(group.Properties.LogGroupName ?? ''),
    );
    expect(groups.filter((name) => name.includes('DirectPublishToPhoneNumber'))).toHaveLength(2);
    const [receiptsFunction] = Object.keys(service.findResources('AWS::Lambda::Function')).filter((id) =>
      id.startsWith('SmsDeliveryReceiptsRecordSmsDeliveryFunction'),
    );
    const filters = Object.values(service.findResources('AWS::Logs::SubscriptionFilter'));
    expect(filters.map((filter) => filter.Properties.DestinationArn)).toEqual([
      { 'Fn::GetAtt': [receiptsFunction, 'Arn'] },
      { 'Fn::GetAtt': [receiptsFunction, 'Arn'] },
    ]);
    const alarms = Object.keys(service.findResources('AWS::CloudWatch::Alarm'));
    for (const alarm of ['DeliveryRateLow', 'SpendNearBudget', 'ReceiptsFailed'])
      expect(alarms.some((id) => id.startsWith(`SmsDeliveryReceipts${alarm}`))).toBe(true);
    service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'SMSMonthToDateSpentUSD',
      Namespace: 'AWS/SNS',
      Threshold: 0.8 * built.config.smsMonthlyBudgetUsd,
    });
  });

  it('when a register file is dropped under imports/, EventBridge starts the import, which reads only imports/ and writes only import-reports/', () => {
    service.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: {
          bucket: { name: [{ 'Fn::ImportValue': 'Tawasul-dev-Data-RegisterBucketName' }] },
          object: { key: [{ prefix: 'imports/' }] },
        },
      },
      Targets: [Match.objectLike({ DeadLetterConfig: Match.anyValue() })],
    });
    const [policy] = Object.entries(service.findResources('AWS::IAM::Policy')).filter(([id]) =>
      id.startsWith('RegisterImportImportRegister'),
    );
    const s3Statements = (
      policy![1].Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]
    ).filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')));
    expect(
      s3Statements.map((s) => [
        [s.Action].flat(),
        JSON.stringify(s.Resource).match(/\/(imports|import-reports)\/\*/)?.[1],
      ]),
    ).toEqual([
      [['s3:GetObject', 's3:GetObjectVersion'], 'imports'],
      [['s3:PutObject'], 'import-reports'],
    ]);
  });

  it('when an object is created anywhere in the bucket, EventBridge invokes the verifier, with retries and a dead-letter queue', () => {
    service.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [{ 'Fn::ImportValue': 'Tawasul-dev-Data-AttachmentsBucketName' }] } },
      },
      Targets: [
        Match.objectLike({
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 7200 },
        }),
      ],
    });
    service.hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: Match.anyValue() });
  });

  it('when the verifier itself fails on an event, the event is kept in the dead-letter queue, which EventBridge can encrypt into', () => {
    service.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^UploadVerificationDeadLetters'), 'Arn'] } },
      },
    });
    const keyPolicies = Object.values(service.findResources('AWS::KMS::Key')).flatMap(
      (key) => key.Properties.KeyPolicy.Statement as { Principal?: { Service?: string }; Action: string[] }[],
    );
    const forEvents = keyPolicies.find((statement) => statement.Principal?.Service === 'events.amazonaws.com');
    expect(forEvents?.Action).toEqual(expect.arrayContaining(['kms:Decrypt', 'kms:GenerateDataKey']));
  });

  it('when attachment functions get S3 access, only the verifier may delete, and uploads cannot read', () => {
    const policies = service.findResources('AWS::IAM::Policy');
    const s3ActionsOf = (prefix: string) =>
      Object.entries(policies)
        .filter(([id]) => id.startsWith(prefix))
        .flatMap(([, policy]) =>
          (policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) =>
            [s.Action].flat(),
          ),
        )
        .filter((action) => action.startsWith('s3:'));
    expect(s3ActionsOf('RequestUpload').sort()).toEqual(['s3:PutObject', 's3:PutObjectTagging']);
    expect(s3ActionsOf('GetAttachment').sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion']);
    expect(s3ActionsOf('ListAttachments')).toEqual([]);
    expect(s3ActionsOf('UploadVerification')).toEqual(
      expect.arrayContaining(['s3:DeleteObject', 's3:DeleteObjectVersion']),
    );
    for (const route of ROUTES) expect(s3ActionsOf(route.id)).not.toContain('s3:DeleteObject');
  });

  it('when another stage is chosen by context, its settings are used without code changes', () => {
    const prod = unbundledProd();
    serviceTemplate(prod.service).hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      MethodSettings: Match.arrayWith([Match.objectLike({ ThrottlingRateLimit: 2000 })]),
    });
    expect(() => synthesize({ stage: 'nowhere' })).toThrow(/No settings for stage "nowhere"/);
  });

  it('when malware protection is switched on for a stage, GuardDuty scans the attachments prefix and downloads wait for its tag', () => {
    // Prepare
    const prod = unbundledProd();
    const prodData = Template.fromStack(prod.data);
    const prodService = serviceTemplate(prod.service);
    const scanGated = (template: Template) =>
      Object.entries(template.findResources('AWS::Lambda::Function'))
        .filter(([, fn]) => fn.Properties.Environment?.Variables?.REQUIRE_CLEAN_MALWARE_SCAN === 'true')
        .map(([id]) => id);
    // Assess
    prodData.hasResourceProperties('AWS::GuardDuty::MalwareProtectionPlan', {
      ProtectedResource: { S3Bucket: { ObjectPrefixes: ['attachments/'] } },
      Actions: { Tagging: { Status: 'ENABLED' } },
    });
    expect(scanGated(prodService)).toEqual([expect.stringMatching(/^GetAttachment/)]);
    data.resourceCountIs('AWS::GuardDuty::MalwareProtectionPlan', 0);
    expect(scanGated(service)).toEqual([]);
    for (const pack of packs(prod.app)) expect(pack.validateScope(prod.app).violations).toEqual([]);
  });
});
