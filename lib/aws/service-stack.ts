import { CfnOutput, Fn, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { SERVICE_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import apiDocument from '../../functions/contract/openapi.json' with { type: 'json' };
import { checkLeadDays, DEFAULT_LEAD_DAYS } from '../../functions/contract/reminder-leads.js';
import { API_DOCUMENT_PATH, ROUTES } from '../../functions/contract/routes.js';
import { DEFAULT_SMS_PRICE_PER_PART_USD, type StageConfig } from './config.js';
import { BulkFileProcessing } from './constructs/bulk-file-processing.js';
import { OperationsDashboard } from './constructs/operations-dashboard.js';
import { ProcessingTimesRefresh } from './constructs/processing-times-refresh.js';
import { RegisterImport } from './constructs/register-import.js';
import { ReminderSweep } from './constructs/reminder-sweep.js';
import { ResidentApi } from './constructs/resident-api.js';
import { ReviewReconciliation } from './constructs/review-reconciliation.js';
import { ReviewStart } from './constructs/review-start.js';
import { ReviewWorkflow } from './constructs/review-workflow.js';
import { RouteFunctions } from './constructs/route-functions.js';
import type { ImportedBucket, ServiceFunction } from './constructs/service-function.js';
import { SmsDeliveryReceipts } from './constructs/sms-delivery-receipts.js';
import { StatsProjection } from './constructs/stats-projection.js';
import { UploadVerification } from './constructs/upload-verification.js';
import { WebConsole } from './constructs/web-console.js';
import type { DataStack } from './data-stack.js';

export interface ServiceStackProps extends StackProps {
  config: StageConfig;
  data: DataStack;
}

/**
 * The stateless service: the API, its firewall and its functions, and the console that calls it.
 * Safe to replace at any time. The console sits here, beside the API, because each names the other
 * (the console's security policy the API's origin, the API's CORS the console's): in one stack
 * that is no cycle, while a console in the data stack or in a stack of its own would make one.
 */
export class ServiceStack extends Stack {
  readonly api: ResidentApi;
  readonly console: WebConsole;
  readonly review: ReviewWorkflow;
  readonly reminders: ReminderSweep;
  readonly functions: Record<string, ServiceFunction>;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    this.addStackDependency(data);
    const logRetention = config.logRetentionDays as logs.RetentionDays;
    const logKey = new kms.Key(this, 'LogKey', { description: 'Encrypts the service logs', enableKeyRotation: true });
    logKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`));

    /** A bucket of the data stack, imported by its export names, with its key. */
    const importBucket = (id: string, exports: { arn: string; name: string }): ImportedBucket => ({
      bucket: s3.Bucket.fromBucketAttributes(this, id, {
        bucketArn: Fn.importValue(exports.arn),
        bucketName: Fn.importValue(exports.name),
      }),
      key: data.dataKey,
      arnExport: exports.arn,
    });
    const attachments = importBucket('AttachmentsBucket', data.attachmentsExports);
    // The API's origin needs only the REST API, not its stage (whose deployment holds the CORS
    // preflights naming the console): read once the API below exists.
    const apiOrigin = Lazy.string({
      produce: () => `https://${this.api.api.restApiId}.execute-api.${this.region}.${this.urlSuffix}`,
    });
    this.console = new WebConsole(this, 'Console', {
      config,
      apiOrigin,
      attachmentsOrigin: `https://${attachments.bucket.bucketRegionalDomainName}`,
      signInOrigin: data.identity.signInOrigin,
      logKey,
      logRetention,
    });
    // A stage may name the console's own domain among its origins too: each once.
    const allowedOrigins = [...new Set([this.console.origin, ...config.allowedOrigins])];
    const environment = {
      [ENVIRONMENT.holidays]: config.holidays.join(','),
      [ENVIRONMENT.allowedOrigins]: allowedOrigins.join(','),
    };
    const alerts = new sns.Topic(this, 'OperatorAlerts', { masterKey: logKey, enforceSSL: true });
    // CloudWatch alarms publish to the encrypted topic with its key.
    logKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    // EventBridge writes failed deliveries into the dead-letter queues with their key.
    logKey.grant(
      new iam.ServicePrincipal('events.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      'kms:Decrypt',
      'kms:GenerateDataKey',
    );
    const sms = {
      messages: data.messages.table,
      pricePerPartUsd: config.smsPricePerPartUsd ?? DEFAULT_SMS_PRICE_PER_PART_USD,
      monthlyBudgetUsd: config.smsMonthlyBudgetUsd,
    };
    new SmsDeliveryReceipts(this, SERVICE_CONSTRUCTS.smsDeliveryReceipts.id, {
      messages: data.messages.table,
      logKey,
      logRetention,
      environment,
      alerts,
      monthlyBudgetUsd: config.smsMonthlyBudgetUsd,
    });
    this.review = new ReviewWorkflow(this, SERVICE_CONSTRUCTS.reviewWorkflow.id, {
      alerts,
      sms,
      table: data.inquiries.table,
      logKey,
      logRetention,
      environment,
    });
    const reviewStarts = {
      table: data.inquiries.table,
      stateMachine: this.review.stateMachine,
      alerts,
      logKey,
      logRetention,
      environment,
    };
    new ReviewStart(this, SERVICE_CONSTRUCTS.reviewStart.id, reviewStarts);
    new ReviewReconciliation(this, SERVICE_CONSTRUCTS.reviewReconciliation.id, reviewStarts);
    new StatsProjection(this, SERVICE_CONSTRUCTS.statsProjection.id, {
      inquiries: data.inquiries.table,
      stats: data.stats.table,
      alerts,
      logKey,
      logRetention,
      environment,
    });
    const leadDays = config.reminderLeadDays ?? DEFAULT_LEAD_DAYS;
    // Decided at synth: a bad lead-time list fails the deployment, not the first sweep.
    checkLeadDays(leadDays);
    this.reminders = new ReminderSweep(this, SERVICE_CONSTRUCTS.reminderSweep.id, {
      alerts,
      residents: data.residents.residents,
      reminderLog: data.residents.reminderLog,
      logKey,
      logRetention,
      environment,
      leadDays,
      smsPerSecond: config.smsPerSecond ?? 20,
      sms,
    });
    this.api = new ResidentApi(this, 'ResidentApi', {
      config,
      allowedOrigins,
      userPool: data.identity.userPool,
      logKey,
      logRetention,
      firewallLogArn: Fn.importValue(data.firewallLogExport),
    });

    const routes = new RouteFunctions(this, SERVICE_CONSTRUCTS.routeFunctions.id, {
      config,
      data,
      attachments,
      reviewStateMachine: this.review.stateMachine,
      logKey,
      logRetention,
      environment,
    });
    for (const route of ROUTES)
      this.api.addRoute(
        route.method,
        route.path,
        new apigateway.LambdaIntegration(routes.functionOf(route.id)),
        route.caller,
      );
    this.functions = routes.functions;
    this.api.publishDocument(API_DOCUMENT_PATH, apiDocument);
    const consoleClient = data.identity.addClientIn(this, 'ConsoleClient', {
      callbackUrls: [...new Set([`${this.console.origin}/callback`, ...config.callbackUrls])],
      logoutUrls: [
        ...new Set([`${this.console.origin}/`, ...config.callbackUrls.map((url) => `${new URL(url).origin}/`)]),
      ],
    });
    this.console.publish({
      apiUrl: `${apiOrigin}/${this.api.api.deploymentStage.stageName}`,
      signIn: {
        authorizeUrl: `${data.identity.signInOrigin}/oauth2/authorize`,
        tokenUrl: `${data.identity.signInOrigin}/oauth2/token`,
        logoutUrl: `${data.identity.signInOrigin}/logout`,
        clientId: consoleClient.userPoolClientId,
        ...(data.identity.federatedProvider && { identityProvider: data.identity.federatedProvider }),
      },
    });
    new CfnOutput(this, 'ConsoleUrl', {
      description: "The console's address, where residents and staff sign in",
      value: `${this.console.origin}/`,
    });
    new CfnOutput(this, 'ConsoleDistributionDomain', {
      description: "CloudFront's domain of the console: the target of the DNS record of the stage's own domain",
      value: this.console.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'ApiDocumentUrl', {
      description: "The API's contract (OpenAPI 3.1), published with the API for its clients' tools",
      value: this.api.api.urlForPath(API_DOCUMENT_PATH),
    });
    new UploadVerification(this, SERVICE_CONSTRUCTS.uploadVerification.id, {
      data,
      attachments,
      logKey,
      logRetention,
      config,
    });
    new BulkFileProcessing(this, SERVICE_CONSTRUCTS.bulkFileProcessing.id, {
      attachments,
      inquiries: data.inquiries.table,
      residents: data.residents.residents,
      stats: data.stats.table,
      logKey,
      logRetention,
      environment,
    });
    new ProcessingTimesRefresh(this, SERVICE_CONSTRUCTS.processingTimesRefresh.id, {
      stats: data.stats.table,
      logKey,
      logRetention,
      environment,
      alerts,
    });
    new RegisterImport(this, SERVICE_CONSTRUCTS.registerImport.id, {
      register: importBucket('RegisterBucket', data.registerExports),
      residents: data.residents.residents,
      logKey,
      logRetention,
    });
    // Last: it reads every function and dead-letter queue of the stack from the construct tree.
    new OperationsDashboard(this, 'Operations', {
      stage: config.stage,
      api: this.api.api,
      review: this.review.stateMachine,
      reminders: this.reminders.stateMachine,
      smsMonthlyBudgetUsd: config.smsMonthlyBudgetUsd,
    });
  }
}
