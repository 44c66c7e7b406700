import { Duration, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { VERIFIED_TAG } from '../../../functions/contract/object-keys.js';
import { accessLogBucket } from './access-log-bucket.js';
import { privateBucketProps } from './private-bucket.js';

/**
 * Residents' documents. Uploads arrive straight from the resident through presigned POST forms and
 * are served only after verification. Nothing is public; everything is encrypted with the data key.
 */
export class AttachmentsBucket extends Construct {
  readonly bucket: s3.Bucket;
  /** The server access-log target, which the data stack's other buckets log to as well. */
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: { encryptionKey: kms.IKey; allowedOrigins: string[] }) {
    super(scope, id);
    // Server access logs cannot be written to a KMS-encrypted bucket; this one holds no documents.
    const accessLogs = accessLogBucket(this, 'AccessLogs');
    this.accessLogs = accessLogs;

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateBucketProps({ encryptionKey: props.encryptionKey, accessLogs, logPrefix: 'attachments/' }),
      eventBridgeEnabled: true,
      cors: [
        {
          allowedMethods: [s3.HttpMethods.POST],
          allowedOrigins: props.allowedOrigins,
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // Every upload starts tagged unverified; verification re-tags it. Whatever was never verified goes.
        {
          id: 'expire-unverified',
          tagFilters: { [VERIFIED_TAG.key]: VERIFIED_TAG.unverified },
          expiration: Duration.days(2),
        },
        // Deleted and replaced files are gone for good after a day (PDPL: nothing kept past its purpose).
        { id: 'purge-old-versions', noncurrentVersionExpiration: Duration.days(1), expiredObjectDeleteMarker: true },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
      reason:
        'Residents’ documents stay in the Saudi region (PDPL data residency); versioning and the backup plan cover recovery.',
    });
  }
}
