import type { SynthesizedSystem } from '../../lib/local/synthesized-templates.js';

/** The function a test's table stream is mapped to. */
export const STREAM_FUNCTION = 'StartReviewFunction1A2B3C4D';

/** The filter the review's start is mapped with: new inquiries only. */
export const NEW_INQUIRIES_PATTERN = JSON.stringify({
  eventName: ['INSERT'],
  dynamodb: { NewImage: { entity: { S: ['INQUIRY'] } } },
});

/**
 * Templates as CDK synthesizes a `DynamoEventSource` on a table of the data stack: the service
 * stack's mapping imports the data stack's automatic export of the table's stream ARN.
 */
export const streamMappingSystem = (
  tableLogicalId: string,
  mapping: Record<string, unknown> = {},
): Pick<SynthesizedSystem, 'dataTemplate' | 'serviceTemplate'> => {
  const exportName = `Data:ExportsOutputFnGetAtt${tableLogicalId}StreamArn0A1B2C3D`;
  return {
    dataTemplate: {
      Resources: { [tableLogicalId]: { Type: 'AWS::DynamoDB::Table', Properties: {} } },
      Outputs: {
        [`ExportsOutputFnGetAtt${tableLogicalId}StreamArn0A1B2C3D`]: {
          Value: { 'Fn::GetAtt': [tableLogicalId, 'StreamArn'] },
          Export: { Name: exportName },
        },
      },
    },
    serviceTemplate: {
      Resources: {
        [STREAM_FUNCTION]: { Type: 'AWS::Lambda::Function', Properties: {} },
        StartReviewMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            FunctionName: { Ref: STREAM_FUNCTION },
            EventSourceArn: { 'Fn::ImportValue': exportName },
            StartingPosition: 'TRIM_HORIZON',
            BatchSize: 100,
            BisectBatchOnFunctionError: true,
            MaximumRetryAttempts: 10,
            MaximumRecordAgeInSeconds: 86400,
            FunctionResponseTypes: ['ReportBatchItemFailures'],
            FilterCriteria: { Filters: [{ Pattern: NEW_INQUIRIES_PATTERN }] },
            DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['StartReviewFailures', 'Arn'] } } },
            ...mapping,
          },
        },
      },
    },
  };
};
