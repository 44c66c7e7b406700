import {
  type CreateTableCommandInput,
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
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
        },
        timeToLiveAttribute: props.TimeToLiveSpecification?.Enabled ? props.TimeToLiveSpecification.AttributeName : undefined,
      };
    });

/** Creates each table that does not exist yet; existing tables and their data are left as they are. */
export const ensureTables = async (client: DynamoDBClient, tables: LocalTable[]) => {
  for (const table of tables) {
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
    }
  }
};
