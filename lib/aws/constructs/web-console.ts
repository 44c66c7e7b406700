import {
  Annotations,
  AssetHashType,
  DefaultStackSynthesizer,
  DockerImage,
  Duration,
  RemovalPolicy,
  Stack,
  Validations,
} from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as deployment from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { CONSOLE_PATHS } from '../../../web/src/console/console-paths.js';
import type { ConsoleConfig } from '../../../web/src/shared/console-config.js';
import { consoleSourceDigest } from '../../web/console-source-digest.js';
import type { StageConfig } from '../config.js';
import { PROJECT_ROOT } from '../project-context.js';
import { accessLogBucket } from './access-log-bucket.js';
import { buildConsoleInto } from './console-bundling.js';
import { consolePathRewriteCode } from './console-path-rewrite.js';

export interface WebConsoleProps {
  config: StageConfig;
  /** Where the console calls the API (scheme and host, no path). */
  apiOrigin: string;
  /** Where residents' uploads go and attachments are opened from (the bucket's regional origin). */
  attachmentsOrigin: string;
  /** The sign-in pages' origin, which the console calls for tokens and posts the sign-in form to. */
  signInOrigin: string;
  logKey: kms.IKey;
  logRetention: logs.RetentionDays;
}

/** Why the deployment's files may be read by anyone who asks CloudFront for them. */
const PUBLIC_FILES = 'The built console: the same public script, style and page files for every visitor, no data.';

/**
 * The console's content security policy: scripts and styles from the console itself only (Vite
 * writes no inline script or style), API calls, uploads and token requests to the origins named,
 * images from the console and from attachments (and the previews the console makes of a chosen
 * file), no framing, no `<base>`, forms posted only to itself and to the sign-in pages.
 */
export const consoleContentSecurityPolicy = (
  props: Pick<WebConsoleProps, 'apiOrigin' | 'attachmentsOrigin' | 'signInOrigin'>,
): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${props.attachmentsOrigin}`,
    `connect-src 'self' ${props.apiOrigin} ${props.attachmentsOrigin} ${props.signInOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    `form-action 'self' ${props.signInOrigin}`,
  ].join('; ');

/**
 * The deployed console: its built files in a private bucket that only CloudFront reads (origin
 * access control), served over HTTPS with security headers, the console's deep links answered
 * with its page, and `config.json` beside the files naming this stage's API and sign-in.
 */
export class WebConsole extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** Scheme and host the console answers on: the stage's domain, else CloudFront's. */
  readonly origin: string;
  private readonly deploymentLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: WebConsoleProps) {
    super(scope, id);
    this.deploymentLogs = new logs.LogGroup(this, 'DeploymentLogs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
    });
    const { config } = props;
    // Server access logs cannot be written to a KMS-encrypted bucket; this one holds only the logs.
    const accessLogs = accessLogBucket(this, 'AccessLogs');
    // Versioned, so that a bad deployment can be rolled back file by file; old versions go after 30 days.
    this.bucket = new s3.Bucket(this, 'Files', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30), expiredObjectDeleteMarker: true }],
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'console/',
      // Kept when the stack goes (a versioned bucket with files cannot be deleted by CloudFormation);
      // unnamed, so a new stack makes a new one beside it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge(
      {
        id: 'NIST.800.53.R5-S3DefaultEncryptionKMS',
        reason: `${PUBLIC_FILES} A customer key would protect nothing a visitor cannot download.`,
      },
      {
        id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
        reason: `${PUBLIC_FILES} Every deployment writes them again from source.`,
      },
    );

    // LIST lets S3 answer a missing file with 404 rather than 403; CloudFront sends no listing request.
    const files = origins.S3BucketOrigin.withOriginAccessControl(this.bucket, {
      originAccessLevels: [cloudfront.AccessLevel.READ, cloudfront.AccessLevel.LIST],
    });
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      comment: "The console's security headers",
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: consoleContentSecurityPolicy(props), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentTypeOptions: { override: true },
      },
    });
    const deepLinks = new cloudfront.Function(this, 'DeepLinks', {
      comment: "Answers the console's deep links with its page",
      code: cloudfront.FunctionCode.fromInline(consolePathRewriteCode(CONSOLE_PATHS)),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });
    const behavior = {
      origin: files,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: headers,
      compress: true,
    };
    const domain = config.web;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Tawasul console (${config.stage})`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        ...behavior,
        functionAssociations: [{ function: deepLinks, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      // Hashed file names: no page path among them, so no rewrite either.
      additionalBehaviors: { '/assets/*': behavior },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // CloudFront's default certificate has a fixed policy: the minimum applies to a stage's own domain.
      ...(domain && {
        domainNames: [domain.domainName],
        certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
    });
    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'The default root object is index.html and the deep-link function rewrites `/` to it: no request reaches the bucket as a listing.',
    );
    this.origin = `https://${domain?.domainName ?? this.distribution.distributionDomainName}`;
    const acknowledgements = [
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'Residents use the console from abroad too (travel, exit and re-entry); sign-in and the API decide who may do what.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          "The distribution serves only the console's public static files; the API, where the data is, sits behind its own regional WAF. A CLOUDFRONT-scope web ACL would need a us-east-1 stack.",
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          "CloudFront's standard logs cannot be delivered to a bucket in an opt-in region such as me-central-1, and its v2 log delivery is set up only in us-east-1, where this app has no stack; the bucket it reads keeps S3 access logs.",
      },
    ];
    if (!domain)
      acknowledgements.push({
        id: 'AwsSolutions-CFR4',
        reason:
          "Without the stage's own domain CloudFront's default certificate serves, which also accepts TLS 1.0; a stage with `web.domainName` and `web.certificateArn` serves TLS 1.2 or newer only.",
      });
    Validations.of(this.distribution).acknowledge(...acknowledgements);
  }

  /**
   * Publishes the built console and this stage's `config.json`. Hashed files are kept for a year in
   * browsers and are never deleted by a later deployment (a page loaded before it may still ask
   * for them); the page and config.json are revalidated on every load and invalidated at once.
   */
  publish(consoleConfig: ConsoleConfig): void {
    // The project is the asset's source, as the container build needs the packages' lock files; it
    // is named by the console's sources, so a synth without bundling (the infrastructure tests, the
    // local runtime) neither builds nor reads it.
    const built = deployment.Source.asset(PROJECT_ROOT, {
      assetHashType: AssetHashType.CUSTOM,
      assetHash: consoleSourceDigest(),
      bundling: {
        local: { tryBundle: (outDir) => buildConsoleInto(outDir) },
        image: DockerImage.fromRegistry('node:24'),
        // A copy, so that installing the packages leaves the mounted project as it was.
        command: [
          'sh',
          '-c',
          'mkdir /tmp/console && cd /asset-input && cp -r package.json package-lock.json web functions /tmp/console && cd /tmp/console && npm ci --no-audit --no-fund --ignore-scripts && npx vite build --config web/vite.config.ts --outDir /asset-output',
        ],
      },
    });
    const assets = new deployment.BucketDeployment(this, 'Assets', {
      sources: [built],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: ['assets/*'],
      prune: false,
      logGroup: this.deploymentLogs,
      cacheControl: [
        deployment.CacheControl.setPublic(),
        deployment.CacheControl.maxAge(Duration.days(365)),
        deployment.CacheControl.immutable(),
      ],
    });
    const page = new deployment.BucketDeployment(this, 'Page', {
      sources: [built, deployment.Source.jsonData('config.json', consoleConfig)],
      destinationBucket: this.bucket,
      exclude: ['assets/*', '.vite/*'],
      prune: true,
      logGroup: this.deploymentLogs,
      cacheControl: [deployment.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
    });
    // The new page names the new hashed files: they must be there first.
    page.node.addDependency(assets);
    acknowledgeDeploymentFunction(this, this.bucket);
  }
}

/** CDK's one function per stack that copies deployments into buckets, acknowledged once. */
const acknowledgeDeploymentFunction = (scope: Construct, bucket: s3.Bucket) => {
  const stack = Stack.of(scope);
  const bucketId = stack.getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
  const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-${stack.region}`;
  const singleton = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!singleton) return;
  const reason = (why: string) => `CDK's bucket-deployment function, run by CloudFormation at deployment only: ${why}`;
  Validations.of(singleton).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: reason('the AWS managed basic execution role lets it write only its own logs.'),
    },
    ...[
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      `Resource::arn:aws:s3:::${assetBucket}/*`,
    ].map((finding) => ({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason: reason("CDK's grant to read the staged assets of the bootstrap bucket, whose keys are asset hashes."),
    })),
    ...['Action::s3:Abort*', 'Action::s3:DeleteObject*', `Resource::<${bucketId}.Arn>/*`].map((finding) => ({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason: reason("CDK's grant to write and prune the console's files, of this bucket only."),
    })),
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: reason('CloudFront invalidations take no resource narrower than the account.'),
    },
    { id: 'AwsSolutions-L1', reason: reason('CDK pins its runtime with the version of aws-cdk-lib.') },
    {
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason: reason('CDK writes its grants inline on its own role, used by nothing else.'),
    },
    {
      id: 'NIST.800.53.R5-LambdaConcurrency',
      reason: reason('it runs once per deployment, never on a request.'),
    },
    {
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: reason('CloudFormation invokes it synchronously and fails the deployment with its error.'),
    },
    {
      id: 'Serverless-LambdaDLQ',
      reason: reason('CloudFormation invokes it synchronously and fails the deployment with its error.'),
    },
    {
      id: 'NIST.800.53.R5-LambdaInsideVPC',
      reason: reason('it talks only to S3 and CloudFront through their public endpoints; the project has no VPC.'),
    },
    {
      id: 'Serverless-LambdaLatestVersion',
      reason: reason('CDK pins its runtime with the version of aws-cdk-lib.'),
    },
    { id: 'Serverless-LambdaTracing', reason: reason('a deployment step, not part of any request to trace.') },
  );
};
