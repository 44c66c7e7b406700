import { App, Duration, Stack } from 'aws-cdk-lib';
import { AttributeType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import {
  Code,
  FilterCriteria,
  FilterRule,
  Function as LambdaFunction,
  Runtime,
  StartingPosition,
} from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { tableStreamMappingOf } from '../../../lib/local/event-source-mapping.js';
import type { CfnTemplate } from '../../../lib/local/synthesized-templates.js';
import { STREAM_FUNCTION, streamMappingSystem } from '../../support/stream-mapping-template.js';

/** A data stack's streamed table mapped to a function of a service stack, as CDK synthesizes them. */
const synthesized = (startingPosition = StartingPosition.TRIM_HORIZON) => {
  const app = new App();
  const data = new Stack(app, 'Data');
  const table = new Table(data, 'Inquiries', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
  });
  const service = new Stack(app, 'Service');
  const fn = new LambdaFunction(service, 'StartReview', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => undefined;'),
  });
  fn.addEventSource(
    new DynamoEventSource(table, {
      startingPosition,
      batchSize: 100,
      bisectBatchOnError: true,
      retryAttempts: 10,
      maxRecordAge: Duration.hours(24),
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(new Queue(service, 'Failures')),
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT'),
          dynamodb: { NewImage: { entity: { S: FilterRule.isEqual('INQUIRY') } } },
        }),
      ],
    }),
  );
  const assembly = app.synth();
  return {
    system: {
      dataTemplate: assembly.getStackByName('Data').template as CfnTemplate,
      serviceTemplate: assembly.getStackByName('Service').template as CfnTemplate,
    },
    functionId: service.getLogicalId(fn.node.defaultChild as never),
    tableId: data.getLogicalId(table.node.defaultChild as never),
  };
};

describe('tableStreamMappingOf', () => {
  it('when CDK maps a table of the data stack to a function, the local mapping reads that table with the same settings and filter', () => {
    // Prepare
    const { system, functionId, tableId } = synthesized();
    // Act
    const mapping = tableStreamMappingOf(system, functionId);
    // Assess
    expect(mapping).toEqual({
      tableName: tableId,
      batchSize: 100,
      filter: expect.any(Function),
      bisectOnError: true,
      maximumRetryAttempts: 10,
      maximumRecordAgeSeconds: 86_400,
      reportBatchItemFailures: true,
    });
    expect(mapping.filter({ eventName: 'INSERT', dynamodb: { NewImage: { entity: { S: 'INQUIRY' } } } })).toBe(true);
    expect(mapping.filter({ eventName: 'REMOVE', dynamodb: { NewImage: { entity: { S: 'INQUIRY' } } } })).toBe(false);
  });

  it('when the mapping reads from the latest record, it is refused at start-up', () => {
    const { system, functionId } = synthesized(StartingPosition.LATEST);
    expect(() => tableStreamMappingOf(system, functionId)).toThrow(/TRIM_HORIZON only/);
  });

  it('when the mapping says something the local runtime does not do, it is refused at start-up, naming it', () => {
    const system = streamMappingSystem('InquiriesTable3CEF0F62', { ParallelizationFactor: 2 });
    expect(() => tableStreamMappingOf(system, STREAM_FUNCTION)).toThrow(/ParallelizationFactor/);
  });

  it('when no mapping names the function, it says so', () => {
    const system = streamMappingSystem('InquiriesTable3CEF0F62');
    expect(() => tableStreamMappingOf(system, 'OtherFunction')).toThrow(/0 event source mappings to OtherFunction/);
  });

  it('when the mapping reads a stream that is not a table’s of the data stack, it says so', () => {
    const system = streamMappingSystem('InquiriesTable3CEF0F62', { EventSourceArn: 'arn:aws:kinesis:…' });
    expect(() => tableStreamMappingOf(system, STREAM_FUNCTION)).toThrow(/is not a table's stream of the data stack/);
  });
});
