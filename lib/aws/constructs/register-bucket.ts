import { Duration, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { REGISTER_IMPORT_PREFIX, REGISTER_REPORT_PREFIX } from '../../../functions/contract/object-keys.js';
import { privateBucketProps } from './private-bucket.js';

/**
 * Where the authoritative register drops its document files (`imports/`) and finds the reports of
 * rejected lines (`import-reports/`). Files are kept long enough to investigate a bad feed, no longer.
 */
export class RegisterBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: { encryptionKey: kms.IKey; accessLogs: s3.IBucket }) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateBucketProps({
        encryptionKey: props.encryptionKey,
        accessLogs: props.accessLogs,
        logPrefix: 'register/',
      }),
      eventBridgeEnabled: true,
      lifecycleRules: [
        { id: 'expire-imports', prefix: REGISTER_IMPORT_PREFIX, expiration: Duration.days(30) },
        { id: 'expire-reports', prefix: REGISTER_REPORT_PREFIX, expiration: Duration.days(90) },
        { id: 'purge-old-versions', noncurrentVersionExpiration: Duration.days(1), expiredObjectDeleteMarker: true },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
      reason:
        'The register’s files stay in the Saudi region (PDPL data residency) and can be sent again by the register; versioning covers mistakes.',
    });
  }
}
