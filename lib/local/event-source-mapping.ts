import { importedValue } from './function-environment.js';
import { type RecordFilter, recordFilterOf } from './stream-filter-pattern.js';
import type { SynthesizedSystem } from './synthesized-templates.js';

/** What Lambda's mapping of a table's stream to a function says about delivering it, read for the local runtime. */
export interface TableStreamMapping {
  /** The local table whose stream is read: the table's logical ID. */
  tableName: string;
  batchSize: number;
  filter: RecordFilter;
  bisectOnError: boolean;
  /** How often a failed batch is retried before it is dead-lettered; undefined: until its records expire. */
  maximumRetryAttempts?: number;
  /** Records older than this are dead-lettered instead of delivered; undefined: never. */
  maximumRecordAgeSeconds?: number;
  reportBatchItemFailures: boolean;
}

type MappingProperties = {
  FunctionName?: unknown;
  EventSourceArn?: unknown;
  StartingPosition?: string;
  BatchSize?: number;
  BisectBatchOnFunctionError?: boolean;
  MaximumRetryAttempts?: number;
  MaximumRecordAgeInSeconds?: number;
  FunctionResponseTypes?: string[];
  FilterCriteria?: { Filters?: { Pattern: string }[] };
  [property: string]: unknown;
};

/** Lambda's defaults, from its event source mapping parameters for DynamoDB streams. */
const DEFAULT_BATCH_SIZE = 100;
const UNTIL_EXPIRY = -1;

/** What a mapping may say that the local runtime reads; anything else would be silently ignored, so it is refused. */
const READ_PROPERTIES = new Set([
  'FunctionName',
  'EventSourceArn',
  'StartingPosition',
  'BatchSize',
  'BisectBatchOnFunctionError',
  'MaximumRetryAttempts',
  'MaximumRecordAgeInSeconds',
  'FunctionResponseTypes',
  'FilterCriteria',
  // Where dead-lettered batches go in AWS; locally they are logged.
  'DestinationConfig',
]);

/** The table a stream ARN names: `Fn::GetAtt [table, StreamArn]`, directly or through the data stack's export. */
const streamedTableOf = (value: unknown, system: Pick<SynthesizedSystem, 'dataTemplate'>, where: string): string => {
  const getAtt = (importedValue(value, system) ?? value) as { 'Fn::GetAtt'?: [string, string] };
  const [logicalId, attribute] = getAtt['Fn::GetAtt'] ?? [];
  if (attribute === 'StreamArn' && system.dataTemplate.Resources[logicalId!]?.Type === 'AWS::DynamoDB::Table')
    return logicalId!;
  throw new Error(`The event source of ${where}, ${JSON.stringify(value)}, is not a table's stream of the data stack`);
};

/**
 * The one event source mapping from a table's stream to the function `functionLogicalId` of the
 * synthesized service stack.
 */
export const tableStreamMappingOf = (
  system: Pick<SynthesizedSystem, 'dataTemplate' | 'serviceTemplate'>,
  functionLogicalId: string,
): TableStreamMapping => {
  const mappings = Object.values(system.serviceTemplate.Resources)
    .filter((resource) => resource.Type === 'AWS::Lambda::EventSourceMapping')
    .map((resource) => resource.Properties as MappingProperties)
    .filter((properties) => (properties.FunctionName as { Ref?: string })?.Ref === functionLogicalId);
  if (mappings.length !== 1)
    throw new Error(`The service stack has ${mappings.length} event source mappings to ${functionLogicalId}, not one`);
  const [properties] = mappings as [MappingProperties];
  const unread = Object.keys(properties).filter((property) => !READ_PROPERTIES.has(property));
  if (unread.length > 0)
    throw new Error(
      `The mapping to ${functionLogicalId} says ${unread.join(', ')}, which the local runtime does not do`,
    );
  if (properties.StartingPosition !== 'TRIM_HORIZON')
    throw new Error(`The local runtime reads streams from TRIM_HORIZON only, not ${properties.StartingPosition}`);
  const retries = properties.MaximumRetryAttempts ?? UNTIL_EXPIRY;
  const age = properties.MaximumRecordAgeInSeconds ?? UNTIL_EXPIRY;
  return {
    tableName: streamedTableOf(properties.EventSourceArn, system, functionLogicalId),
    batchSize: properties.BatchSize ?? DEFAULT_BATCH_SIZE,
    filter: recordFilterOf((properties.FilterCriteria?.Filters ?? []).map((filter) => filter.Pattern)),
    bisectOnError: properties.BisectBatchOnFunctionError ?? false,
    ...(retries !== UNTIL_EXPIRY && { maximumRetryAttempts: retries }),
    ...(age !== UNTIL_EXPIRY && { maximumRecordAgeSeconds: age }),
    reportBatchItemFailures: (properties.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures'),
  };
};
