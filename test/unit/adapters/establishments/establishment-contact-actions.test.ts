import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { DynamoDbEmployeeDocumentCounts } from '../../../../functions/adapters/establishments/dynamodb-employee-document-counts.js';
import { DynamoDbEstablishmentContacts } from '../../../../functions/adapters/establishments/dynamodb-establishment-contacts.js';
import { CONTACT_REMEMBER_ACTIONS, CONTACT_SHARD_READ_ACTIONS } from '../../../../functions/contract/table-actions.js';

/** The IAM action each document-client command needs. */
const ACTION_OF: Record<string, string> = {
  GetCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  QueryCommand: 'dynamodb:Query',
};

const now = new Date('2026-11-25T06:00:00.000Z');
const contact = { establishmentId: '7001234567', phone: '+966500000005', locale: 'en' } as const;

const recordingClient = () => {
  const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
  const dynamodb = mockClient(documentClient);
  dynamodb.onAnyCommand().resolves({ Items: [], Count: 0, ScannedCount: 0 });
  const actionsOf = () =>
    [
      ...new Set(
        dynamodb
          .calls()
          .map((call) => ACTION_OF[call.args[0].constructor.name] ?? `unmapped ${call.args[0].constructor.name}`),
      ),
    ].sort();
  return { documentClient, dynamodb, actionsOf };
};

describe('the establishment contacts’ and counts’ calls and their grants', () => {
  it('when a route keeps a sign-in, it makes exactly the calls of CONTACT_REMEMBER_ACTIONS, in the contacts’ partitions', async () => {
    // Prepare
    const { documentClient, dynamodb, actionsOf } = recordingClient();
    const contacts = new DynamoDbEstablishmentContacts(documentClient, 'Residents');
    // Act
    await contacts.contactOf(contact.establishmentId);
    await contacts.remember(contact, now);
    // Assess
    expect(actionsOf()).toEqual([...CONTACT_REMEMBER_ACTIONS].sort());
    const partitions = dynamodb.calls().map((call) => {
      const input = call.args[0].input as { Key?: { pk: string }; Item?: { pk: string } };
      return (input.Key ?? input.Item)!.pk;
    });
    expect(partitions).toEqual(['ESTABLISHMENT_CONTACTS#7', 'ESTABLISHMENT_CONTACTS#7']);
  });

  it('when the digest reads a shard and counts an establishment’s documents, it makes Query calls only', async () => {
    // Prepare
    const { documentClient, actionsOf } = recordingClient();
    const contacts = new DynamoDbEstablishmentContacts(documentClient, 'Residents');
    const counts = new DynamoDbEmployeeDocumentCounts(documentClient, 'Residents');
    // Act
    await contacts.inShard(7, { limit: 100 });
    await counts.dueCounts(contact.establishmentId, '2026-11-25', '2026-12-25');
    // Assess
    expect(actionsOf()).toEqual([...CONTACT_SHARD_READ_ACTIONS].sort());
  });
});
