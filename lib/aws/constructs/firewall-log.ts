import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/**
 * The log group the API's firewall writes to. WAF only writes to log groups named `aws-waf-logs-…`,
 * so it needs a fixed name; and, being the audit trail, it is retained. A retained, named resource
 * would block re-creating the stack it was in, so it lives here in the data stack, which is never
 * replaced, and the service stack's firewall only points at it.
 */
export class FirewallLog extends Construct {
  readonly logGroup: logs.LogGroup;
  /** The log group's ARN as WAF's logging configuration wants it: without the trailing `:*`. */
  readonly destinationArn: string;

  constructor(scope: Construct, id: string, props: { retention: logs.RetentionDays }) {
    super(scope, id);
    const stack = Stack.of(this);
    const logGroupName = `aws-waf-logs-${stack.stackName}`;
    this.destinationArn = stack.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: logGroupName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    const key = new kms.Key(this, 'Key', {
      description: "Encrypts the API firewall's logs",
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        // CloudWatch Logs may use the key for this one log group only.
        conditions: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': this.destinationArn } },
      }),
    );
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName,
      retention: props.retention,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
