import { gzipSync } from 'node:zlib';
import type { ReceiptStatus } from '../../functions/domain/sms/message-record.js';
import { LOCAL_AWS } from './dynamodb-local.js';
import type { SynthesizedSystem } from './synthesized-templates.js';

/** The account the local runtime plays: the log events' owner, and the pseudo parameter of the log groups' names. */
const LOCAL_ACCOUNT = '000000000000';

/** A log group a subscription filter reads, by its name, and the filter's. */
export interface DeliveryLogGroup {
  logGroupName: string;
  filterName: string;
}

/** The log group names the template gives, with the pseudo parameters they hold read locally. */
const nameOf = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const intrinsic = value as Record<string, unknown>;
  if (intrinsic.Ref === 'AWS::Region') return LOCAL_AWS.region;
  if (intrinsic.Ref === 'AWS::AccountId') return LOCAL_ACCOUNT;
  const join = intrinsic['Fn::Join'];
  if (Array.isArray(join)) {
    const [separator, parts] = join as [string, unknown[]];
    return parts.map(nameOf).join(separator);
  }
  throw new Error(`Cannot read the log group name ${JSON.stringify(value)} locally`);
};

/**
 * The delivery log groups whose subscription filters the template points at a function, by the
 * filter's construct id (`Delivered`, `Failed`): the receipts played locally reach that function as
 * its filters would deliver them, and a template without both filters fails the start.
 */
export const deliveryLogGroupsOf = (
  system: Pick<SynthesizedSystem, 'serviceTemplate' | 'serviceStackName'>,
  functionLogicalId: string,
  filterPaths: Record<ReceiptStatus, string>,
): Record<ReceiptStatus, DeliveryLogGroup> => {
  const resources = system.serviceTemplate.Resources;
  const groupOf = (path: string): DeliveryLogGroup => {
    const fullPath = `${system.serviceStackName}/${path}/Resource`;
    const entry = Object.entries(resources).find(
      ([, r]) => r.Type === 'AWS::Logs::SubscriptionFilter' && r.Metadata?.['aws:cdk:path'] === fullPath,
    );
    if (!entry) throw new Error(`The synthesized template has no subscription filter at ${fullPath}`);
    const [filterId, filter] = entry;
    const destination = (filter.Properties?.DestinationArn as { 'Fn::GetAtt'?: string[] })?.['Fn::GetAtt']?.[0];
    if (destination !== functionLogicalId)
      throw new Error(
        `The subscription filter at ${fullPath} delivers to ${String(destination)}, not ${functionLogicalId}`,
      );
    const group = resources[(filter.Properties?.LogGroupName as { Ref?: string })?.Ref ?? ''];
    if (group?.Type !== 'AWS::Logs::LogGroup')
      throw new Error(`The subscription filter at ${fullPath} reads no log group of the template`);
    return { logGroupName: nameOf(group.Properties?.LogGroupName), filterName: filterId };
  };
  return { DELIVERED: groupOf(filterPaths.DELIVERED), FAILED: groupOf(filterPaths.FAILED) };
};

/** What a CloudWatch Logs subscription hands a function: the group's events, gzipped, in base64. */
export const subscriptionEvent = (
  group: DeliveryLogGroup,
  lines: readonly { message: string; timestamp: number }[],
) => ({
  awslogs: {
    data: gzipSync(
      JSON.stringify({
        messageType: 'DATA_MESSAGE',
        owner: LOCAL_ACCOUNT,
        logGroup: group.logGroupName,
        logStream: 'local',
        subscriptionFilters: [group.filterName],
        logEvents: lines.map((line, index) => ({ id: `${line.timestamp}-${index}`, ...line })),
      }),
    ).toString('base64'),
  },
});
