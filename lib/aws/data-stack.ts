import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { DATA_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { ATTACHMENT_PREFIX } from '../../functions/contract/object-keys.js';
import type { StageConfig } from './config.js';
import { AttachmentsBucket } from './constructs/attachments-bucket.js';
import { FirewallLog } from './constructs/firewall-log.js';
import { Identity } from './constructs/identity.js';
import { InquiryTable } from './constructs/inquiry-table.js';
import { MalwareProtection } from './constructs/malware-protection.js';
import { MessageTable } from './constructs/message-table.js';
import { RegisterBucket } from './constructs/register-bucket.js';
import { ResidentTables } from './constructs/resident-tables.js';
import { StatsTable } from './constructs/stats-table.js';

/**
 * Stateful resources — residents' inquiries and documents, the statistics, their key and backups,
 * the user pool and the firewall's audit log — kept apart so the service stack can be replaced
 * without touching them.
 */
export class DataStack extends Stack {
  readonly dataKey: kms.Key;
  readonly inquiries: InquiryTable;
  readonly identity: Identity;
  readonly attachments: AttachmentsBucket;
  readonly residents: ResidentTables;
  readonly stats: StatsTable;
  readonly messages: MessageTable;
  readonly register: RegisterBucket;
  /** Stable export names of the buckets, which the service stack imports. */
  readonly attachmentsExports: { arn: string; name: string };
  readonly registerExports: { arn: string; name: string };
  /** Export name of the firewall log's ARN, in the form WAF's logging configuration takes. */
  readonly firewallLogExport: string;

  constructor(scope: Construct, id: string, props: StackProps & { config: StageConfig }) {
    super(scope, id, props);
    this.dataKey = new kms.Key(this, 'DataKey', {
      description: "Encrypts residents' inquiries and documents",
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.inquiries = new InquiryTable(this, DATA_CONSTRUCTS.inquiries.id, { encryptionKey: this.dataKey });
    this.residents = new ResidentTables(this, DATA_CONSTRUCTS.residentTables.id, { encryptionKey: this.dataKey });
    this.stats = new StatsTable(this, DATA_CONSTRUCTS.stats.id, { encryptionKey: this.dataKey });
    this.messages = new MessageTable(this, DATA_CONSTRUCTS.messages.id, { encryptionKey: this.dataKey });
    this.identity = new Identity(this, 'Identity', { config: props.config });
    // The console's CloudFront domain is made in the service stack, after this one: a stage without
    // a domain of its own takes uploads from CloudFront's domains, which is safe because the
    // presigned form, not the origin, is what authorizes an upload.
    const consoleOrigin = props.config.web ? `https://${props.config.web.domainName}` : 'https://*.cloudfront.net';
    this.attachments = new AttachmentsBucket(this, 'Attachments', {
      encryptionKey: this.dataKey,
      allowedOrigins: [...new Set([consoleOrigin, ...props.config.allowedOrigins])],
    });
    if (props.config.malwareProtection) {
      new MalwareProtection(this, 'MalwareProtection', {
        bucket: this.attachments.bucket,
        key: this.dataKey,
        prefix: ATTACHMENT_PREFIX,
      });
    }
    // Exported under fixed names: grants in the service stack then read the same in every synth.
    this.attachmentsExports = {
      arn: `${this.stackName}-AttachmentsBucketArn`,
      name: `${this.stackName}-AttachmentsBucketName`,
    };
    new CfnOutput(this, 'AttachmentsBucketArn', {
      value: this.attachments.bucket.bucketArn,
      exportName: this.attachmentsExports.arn,
    });
    new CfnOutput(this, 'AttachmentsBucketName', {
      value: this.attachments.bucket.bucketName,
      exportName: this.attachmentsExports.name,
    });
    this.register = new RegisterBucket(this, 'Register', {
      encryptionKey: this.dataKey,
      accessLogs: this.attachments.accessLogs,
    });
    this.registerExports = { arn: `${this.stackName}-RegisterBucketArn`, name: `${this.stackName}-RegisterBucketName` };
    new CfnOutput(this, 'RegisterBucketArn', {
      value: this.register.bucket.bucketArn,
      exportName: this.registerExports.arn,
    });
    new CfnOutput(this, 'RegisterBucketName', {
      value: this.register.bucket.bucketName,
      exportName: this.registerExports.name,
    });
    const firewallLog = new FirewallLog(this, 'FirewallLog', {
      retention: props.config.logRetentionDays as logs.RetentionDays,
    });
    this.firewallLogExport = `${this.stackName}-FirewallLogArn`;
    new CfnOutput(this, 'FirewallLogArn', { value: firewallLog.destinationArn, exportName: this.firewallLogExport });
    // eventBridgeEnabled is applied by a CDK custom resource, whose function this acknowledges.
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "CDK's bucket-notifications custom resource function writes only its own logs.",
    });
    for (const bucket of [this.attachments.bucket, this.register.bucket]) {
      Validations.of(bucket.node.findChild('Notifications')).acknowledge({
        id: 'NIST.800.53.R5-IAMNoInlinePolicy',
        reason: "CDK's bucket-notifications custom resource may only put this bucket's notification configuration.",
      });
    }
    // Point-in-time recovery covers 35 days of mistakes; the backup plan keeps daily copies in a
    // separate vault, so that losing the table (or its stack) cannot lose the backups too.
    const vault = new backup.BackupVault(this, 'BackupVault', {
      encryptionKey: this.dataKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const plan = backup.BackupPlan.daily35DayRetention(this, 'BackupPlan', vault);
    const tables = [
      this.inquiries.table,
      this.residents.residents,
      this.residents.reminderLog,
      this.stats.table,
      this.messages.table,
    ];
    const selection = plan.addSelection('Tables', {
      resources: tables.map((table) => backup.BackupResource.fromDynamoDbTable(table)),
    });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'AWS Backup assumes this role to snapshot the table; the AWS managed policy is the one AWS Backup documents and maintains.',
    });
  }
}
