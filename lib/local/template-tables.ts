import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { CfnTemplate } from './synthesized-templates.js';

export interface LocalTable {
  logicalId: string;
  input: CreateTableCommandInput;
  timeToLiveAttribute?: string;
}

type CfnTableProperties = {
  KeySchema: CreateTableCommandInput['KeySchema'];
  AttributeDefinitions: CreateTableCommandInput['AttributeDefinitions'];
  LocalSecondaryIndexes?: CreateTableCommandInput['LocalSecondaryIndexes'];
  GlobalSecondaryIndexes?: CreateTableCommandInput['GlobalSecondaryIndexes'];
  TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
  StreamSpecification?: {
    StreamViewType: NonNullable<CreateTableCommandInput['StreamSpecification']>['StreamViewType'];
  };
};

/**
 * The tables of a synthesized template as CreateTable inputs. A local table is named after its
 * logical ID, which the infrastructure tests pin, so data written before a restart is found after.
 */
export const tablesOf = (template: CfnTemplate): LocalTable[] =>
  Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::DynamoDB::Table')
    .map(([logicalId, resource]) => {
      const props = resource.Properties as CfnTableProperties;
      return {
        logicalId,
        input: {
          TableName: logicalId,
          KeySchema: props.KeySchema,
          AttributeDefinitions: props.AttributeDefinitions,
          LocalSecondaryIndexes: props.LocalSecondaryIndexes,
          GlobalSecondaryIndexes: props.GlobalSecondaryIndexes,
          BillingMode: 'PAY_PER_REQUEST',
          ...(props.StreamSpecification && {
            StreamSpecification: { StreamEnabled: true, StreamViewType: props.StreamSpecification.StreamViewType },
          }),
        },
        timeToLiveAttribute: props.TimeToLiveSpecification?.Enabled
          ? props.TimeToLiveSpecification.AttributeName
          : undefined,
      };
    });

/**
 * Adds what a newer template declares to a table created by an older one, so that local data
 * survives upgrades too: its global indexes, one at a time as DynamoDB requires, then its stream
 * (which holds the changes made from then on; asking for one a table has already is refused).
 */
const upgrade = async (client: DynamoDBClient, table: LocalTable) => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: table.input.TableName }));
  const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of table.input.GlobalSecondaryIndexes ?? []) {
    if (existing.has(index.IndexName)) continue;
    const attributes = new Set(index.KeySchema!.map((key) => key.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: table.input.TableName,
        AttributeDefinitions: table.input.AttributeDefinitions!.filter((definition) =>
          attributes.has(definition.AttributeName),
        ),
        GlobalSecondaryIndexUpdates: [
          { Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection } },
        ],
      }),
    );
  }
  const stream = table.input.StreamSpecification;
  if (stream && !Table?.StreamSpecification?.StreamEnabled) {
    await client.send(new UpdateTableCommand({ TableName: table.input.TableName, StreamSpecification: stream }));
  }
};

/**
 * Creates each table that does not exist yet; existing tables keep their data and gain new indexes and streams.
 * Tables are independent, so they are seen to side by side.
 */
export const ensureTables = async (client: DynamoDBClient, tables: LocalTable[]) => {
  await Promise.all(
    tables.map(async (table) => {
      try {
        await client.send(new CreateTableCommand(table.input));
        if (table.timeToLiveAttribute) {
          await client.send(
            new UpdateTimeToLiveCommand({
              TableName: table.input.TableName,
              TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
            }),
          );
        }
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
        await upgrade(client, table);
      }
    }),
  );
};
