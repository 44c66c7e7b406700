import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/**
 * A bucket that S3 server access logs are delivered to: SSE-S3 (the only encryption log delivery
 * writes to), private, TLS only, ACLs kept for the log delivery group, each log kept a year.
 */
export const accessLogBucket = (scope: Construct, id: string): s3.Bucket => {
  const bucket = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    versioned: true,
    lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(bucket).acknowledge(
    { id: 'AwsSolutions-S1', reason: 'This bucket is the access-log target; logging it to itself would loop.' },
    {
      id: 'NIST.800.53.R5-S3BucketLoggingEnabled',
      reason: 'This bucket is the access-log target; logging it to itself would loop.',
    },
    {
      id: 'NIST.800.53.R5-S3DefaultEncryptionKMS',
      reason: 'S3 server access logging only delivers to SSE-S3 buckets.',
    },
    {
      id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
      reason: 'Access logs are kept in-region for a year; cross-region copies add no recovery value.',
    },
  );
  return bucket;
};
