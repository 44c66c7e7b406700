import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { DynamoDbProcessingTimes } from '../../../../functions/adapters/stats/dynamodb-processing-times.js';
import {
  PROCESSING_TIMES_PUBLISH_ACTIONS,
  PROCESSING_TIMES_READ_ACTIONS,
} from '../../../../functions/contract/table-actions.js';
import type { ProcessingTimes } from '../../../../functions/domain/stats/processing-times.js';

const TIMES: ProcessingTimes = {
  computedAt: '2026-11-30T23:30:00.000Z',
  window: { from: '2026-06-04', to: '2026-11-30' },
  requestTypes: [
    { category: 'VISA_EXTENSION', section: 'VISAS', basedOn: 120, withinWorkingDays: { atMost: 3 } },
    { category: 'GENERAL_INQUIRY', section: 'GENERAL', basedOn: 4, insufficientData: true },
  ],
};

const withMock = () => {
  const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
  const dynamodb = mockClient(documentClient);
  return { dynamodb, snapshot: new DynamoDbProcessingTimes(documentClient, 'Stats') };
};

const ACTION_OF: Record<string, string> = { GetCommand: 'dynamodb:GetItem', PutCommand: 'dynamodb:PutItem' };
const actionsOf = (dynamodb: ReturnType<typeof withMock>['dynamodb']) =>
  dynamodb
    .calls()
    .map((call) => ACTION_OF[call.args[0].constructor.name] ?? `unmapped ${call.args[0].constructor.name}`);

describe('the published processing times in the statistics table', () => {
  it('when published, the figures replace the one snapshot item, in its own partition', async () => {
    // Prepare
    const { dynamodb, snapshot } = withMock();
    dynamodb.on(PutCommand).resolves({});
    // Act
    await snapshot.publish(TIMES);
    // Assess
    expect(dynamodb.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'Stats',
      Item: { pk: 'PUBLISHED', sk: 'PROCESSING_TIMES', ...TIMES },
    });
    expect(actionsOf(dynamodb)).toEqual([...PROCESSING_TIMES_PUBLISH_ACTIONS]);
  });

  it('when read, the item becomes the figures again, without its key', async () => {
    // Prepare
    const { dynamodb, snapshot } = withMock();
    dynamodb.on(GetCommand, { TableName: 'Stats', Key: { pk: 'PUBLISHED', sk: 'PROCESSING_TIMES' } }).resolves({
      Item: { pk: 'PUBLISHED', sk: 'PROCESSING_TIMES', ...TIMES },
    });
    // Act
    const times = await snapshot.latest();
    // Assess
    expect(times).toEqual(TIMES);
    expect(actionsOf(dynamodb)).toEqual([...PROCESSING_TIMES_READ_ACTIONS]);
  });

  it('when nothing was published yet, reading answers nothing', async () => {
    // Prepare
    const { dynamodb, snapshot } = withMock();
    dynamodb.on(GetCommand).resolves({});
    // Act, Assess
    await expect(snapshot.latest()).resolves.toBeUndefined();
  });
});
