import { RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * What every bucket of residents' data has: encrypted with the data key, private, TLS only, owned by
 * the account, versioned, access-logged under `logPrefix`, and retained when its stack goes.
 */
export const privateBucketProps = (props: {
  encryptionKey: kms.IKey;
  accessLogs: s3.IBucket;
  logPrefix: string;
}): s3.BucketProps => ({
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: props.encryptionKey,
  bucketKeyEnabled: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  versioned: true,
  serverAccessLogsBucket: props.accessLogs,
  serverAccessLogsPrefix: props.logPrefix,
  removalPolicy: RemovalPolicy.RETAIN,
});
