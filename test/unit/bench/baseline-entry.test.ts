import { describe, expect, it } from 'vitest';
import { baselineEntry } from '../../../bench/baselines/baseline-entry.js';
import { concurrently, dynamodb, presignedPost, sfn, sns } from '../../../bench/baselines/sdk-plan.js';

const DYNAMODB = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'];

describe('the generated source of a baseline', () => {
  it('when its function bundles a client it never calls, the baseline creates that client too', () => {
    // Prepare
    const packages = new Set([...DYNAMODB, '@aws-sdk/client-sfn']);

    // Act
    const source = baselineEntry({
      name: 'RateInquiry',
      packages,
      plans: [[dynamodb('GetCommand', {}), dynamodb('UpdateCommand', {})]],
    });

    // Assess
    expect(source).toContain('dynamodb: DynamoDBDocumentClient.from(new DynamoDBClient({}))');
    expect(source).toContain('sfn: new SFNClient({})');
    expect(source).toContain(
      "import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';",
    );
    expect(source).not.toContain('SendTaskSuccessCommand');
  });

  it('when plans run lanes side by side, it imports the commands of every lane, each once', () => {
    // Prepare
    const plans = [
      [concurrently([[dynamodb('GetCommand', {})], [dynamodb('GetCommand', {}), sfn('StartExecutionCommand', {})]])],
      [dynamodb('PutCommand', {})],
    ];

    // Act
    const source = baselineEntry({
      name: 'SubmitInquiry',
      packages: new Set([...DYNAMODB, '@aws-sdk/client-sfn']),
      plans,
    });

    // Assess
    expect(source).toContain('commands: { GetCommand, StartExecutionCommand, PutCommand }');
  });

  it('when a plan calls a client its function does not bundle, it refuses to build the baseline', () => {
    // Prepare
    const plans = [[dynamodb('GetCommand', {}), sns('PublishCommand', {})]];

    // Act
    const generate = () => baselineEntry({ name: 'GetInquiry', packages: new Set(DYNAMODB), plans });

    // Assess
    expect(generate).toThrow(
      'GetInquiry: its baseline calls PublishCommand on sns, a client the function does not bundle',
    );
  });

  it('when a plan signs a form with a presigner its function does not bundle, it refuses to build the baseline', () => {
    // Prepare
    const plans = [[presignedPost({ Bucket: 'attachments', Key: 'a' })]];

    // Act
    const generate = () =>
      baselineEntry({ name: 'GetAttachment', packages: new Set([...DYNAMODB, '@aws-sdk/client-s3']), plans });

    // Assess
    expect(generate).toThrow('@aws-sdk/s3-presigned-post');
  });

  it('when the answer is bundled data, the source carries it', () => {
    // Prepare
    const answer = { statusCode: 200, json: { items: [{ code: 'GENERAL_INQUIRY' }] } };

    // Act
    const source = baselineEntry({ name: 'ListCategories', packages: new Set(), plans: [[]], bundledAnswer: answer });

    // Assess
    expect(source).toContain(`answer: ${JSON.stringify(answer)}`);
    expect(source).not.toMatch(/new \w+Client/);
  });
});
