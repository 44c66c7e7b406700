import { NestedStack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { ENVIRONMENT } from '../../../functions/contract/environment.js';
import { ATTACHMENT_PREFIX, BULK_FILE_PREFIX } from '../../../functions/contract/object-keys.js';
import { ROUTES } from '../../../functions/contract/routes.js';
import { CONTACT_REMEMBER_ACTIONS, REPLY_REQUEST_SEEN_ACTIONS } from '../../../functions/contract/table-actions.js';
import {
  ESTABLISHMENT_CONTACTS_PARTITION_PREFIX,
  INQUIRY_TABLE_KEYS,
  MESSAGE_TABLE_KEYS,
} from '../../../functions/contract/table-layouts.js';
import type { StageConfig } from '../config.js';
import type { DataStack } from '../data-stack.js';
import { type ImportedBucket, ServiceFunction } from './service-function.js';

/**
 * The API's functions, one per route, each granted what its route's row in ROUTES says and no more.
 *
 * A nested stack of their own because each function costs four resources (function, role, policy,
 * log group): beside the API's own three or four per route they would fill CloudFormation's 500
 * resources per stack within a few features. The API itself stays in the service stack: the
 * console's security policy names the API's origin and these functions' CORS name the console's,
 * so the functions and the API cannot share one nested stack without a cycle between stacks.
 */
export class RouteFunctions extends NestedStack {
  readonly functions: Record<string, ServiceFunction> = {};

  constructor(
    scope: Construct,
    id: string,
    props: {
      config: StageConfig;
      data: DataStack;
      attachments: ImportedBucket;
      reviewStateMachine: sfn.IStateMachine;
      logKey: kms.IKey;
      logRetention: logs.RetentionDays;
      environment: Record<string, string>;
    },
  ) {
    super(scope, id, { description: "Tawasul: the API's functions, one per route" });
    const { config, data, attachments, logKey, logRetention, environment } = props;
    const concurrency = {
      limitedBy: `API Gateway calls it, within the stage's throttling (${config.apiThrottle.rateLimit} requests a second, bursts of ${config.apiThrottle.burstLimit}) and WAF's per-IP limit`,
    };
    for (const route of ROUTES) {
      const fn = new ServiceFunction(this, route.id, {
        entry: route.entry,
        logKey,
        logRetention,
        environment,
        concurrency,
      });
      if (route.inquiriesTable !== 'none')
        fn.bindTable(data.inquiries.table, ENVIRONMENT.inquiriesTable, route.inquiriesTable, [
          INQUIRY_TABLE_KEYS.byResidentIndex,
          INQUIRY_TABLE_KEYS.byEstablishmentIndex,
          INQUIRY_TABLE_KEYS.reviewQueueIndex,
        ]);
      if (route.residentsTable !== 'none')
        fn.bindTable(data.residents.residents, ENVIRONMENT.residentsTable, route.residentsTable);
      if (route.establishmentContacts)
        fn.bindTablePartitions(
          data.residents.residents,
          ENVIRONMENT.residentsTable,
          CONTACT_REMEMBER_ACTIONS,
          ESTABLISHMENT_CONTACTS_PARTITION_PREFIX,
        );
      // An index is read by Query alone, whatever the route does with the table's items.
      for (const index of route.residentsIndexes)
        fn.bindIndex(data.residents.residents, ENVIRONMENT.residentsTable, index);
      if (route.notesReplyRequestSeen)
        fn.bindTable(data.inquiries.table, ENVIRONMENT.inquiriesTable, REPLY_REQUEST_SEEN_ACTIONS);
      if (route.inquiryNotifications)
        fn.bindIndex(data.messages.table, ENVIRONMENT.messagesTable, MESSAGE_TABLE_KEYS.bySubjectIndex);
      if (route.statsTable !== 'none') fn.bindTable(data.stats.table, ENVIRONMENT.statsTable, route.statsTable);
      if (route.attachmentsBucket !== 'none')
        fn.bindBucket(attachments, ENVIRONMENT.attachmentsBucket, route.attachmentsBucket, ATTACHMENT_PREFIX);
      if (route.bulkUploads) fn.bindBucket(attachments, ENVIRONMENT.attachmentsBucket, 'upload', BULK_FILE_PREFIX);
      if (route.reviewWorkflow !== 'none')
        fn.bindStateMachine(props.reviewStateMachine, ENVIRONMENT.reviewStateMachine, route.reviewWorkflow);
      if (route.attachmentsBucket === 'read' && config.malwareProtection) {
        fn.addEnvironment(ENVIRONMENT.requireCleanScan, 'true');
        fn.addToRolePolicy(
          new iam.PolicyStatement({
            actions: ['s3:GetObjectTagging', 's3:GetObjectVersionTagging'],
            resources: [attachments.bucket.arnForObjects(`${ATTACHMENT_PREFIX}*`)],
          }),
        );
      }
      this.functions[route.id] = fn;
    }
  }

  /** The function of the route with this id. */
  functionOf(routeId: string): ServiceFunction {
    const fn = this.functions[routeId];
    if (!fn) throw new Error(`No route ${routeId} in ROUTES`);
    return fn;
  }
}
