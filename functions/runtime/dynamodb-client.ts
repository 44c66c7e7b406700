import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from './observability.js';
import { once } from './once.js';

/** The DynamoDB client of every table adapter, its calls traced. */
export const documentClient = /* @__PURE__ */ once(() =>
  DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  }),
);
