import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constructPath, SERVICE_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { PROJECT_INQUIRY_STATS } from '../../functions/contract/triggers.js';
import { buildApp } from '../../lib/aws/app.js';
import { projectContext } from '../../lib/aws/project-context.js';
import { logicalIdAt as logicalIdOf } from '../support/logical-ids.js';
import { serviceTemplate } from '../support/service-template.js';

const { statsProjection } = SERVICE_CONSTRUCTS;
type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown };

describe('the statistics follow every change of an inquiry through the table’s stream', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-infra-'));
  let service: Template;
  let resources: Record<string, Resource>;

  const logicalIdAt = (path: string) => logicalIdOf(resources, path);
  const projector = () => logicalIdAt(constructPath(statsProjection.id, PROJECT_INQUIRY_STATS.id, 'Resource'));

  beforeAll(() => {
    // Unbundled: only the template is read.
    const built = buildApp({ outdir, context: projectContext({ 'aws:cdk:bundling-stacks': [] }) });
    service = serviceTemplate(built.service);
    resources = service.toJSON().Resources as Record<string, Resource>;
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('when synthesized, the projector is given new inquiries and their changes only, from the oldest record, with retries and a dead-letter queue', () => {
    // Act
    const [mapping, ...others] = Object.values(service.findResources('AWS::Lambda::EventSourceMapping')).filter(
      (m) => m.Properties.FunctionName.Ref === projector(),
    );
    // Assess
    expect(others).toEqual([]);
    expect(mapping!.Properties).toMatchObject({
      EventSourceArn: { 'Fn::ImportValue': expect.stringContaining('InquiriesTable3CEF0F62StreamArn') },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(/^StatsProjectionDeadLetters/), 'Arn'] } },
      },
    });
    const patterns = (mapping!.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map((f) =>
      JSON.parse(f.Pattern),
    );
    expect(patterns).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: ['INQUIRY'] } } } },
    ]);
  });

  it('when permissions are granted, the projector may write the statistics table and no other table, and may start or resume nothing', () => {
    // Prepare
    const [, policy] = Object.entries(service.findResources('AWS::IAM::Policy')).find(([id]) =>
      id.startsWith(`${statsProjection.id}${PROJECT_INQUIRY_STATS.id}ServiceRoleDefaultPolicy`),
    )!;
    const statements = policy.Properties.PolicyDocument.Statement as Statement[];
    // Act
    const writes = statements.filter((s) => [s.Action].flat().some((a) => /^dynamodb:(Put|Update|Delete)/.test(a)));
    const workflow = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('states:')));
    // Assess
    expect(writes).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::ImportValue': expect.stringMatching(/StatsTable/) },
      }),
    ]);
    expect(workflow).toEqual([]);
    const variables = (resources[projector()]!.Properties as { Environment: { Variables: Record<string, unknown> } })
      .Environment.Variables;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining([ENVIRONMENT.statsTable, ENVIRONMENT.holidays]));
    expect(Object.keys(variables)).not.toContain(ENVIRONMENT.inquiriesTable);
  });

  it('when synthesized, operators are alerted to a dead-lettered batch of changes and to statistics lagging five minutes', () => {
    // Act
    const alarm = (id: string) => resources[logicalIdAt(constructPath(statsProjection.id, id, 'Resource'))]!;
    // Assess
    expect(alarm('DeadLettered').Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
      AlarmDescription: expect.stringContaining('could not be counted'),
    });
    expect(alarm('Behind').Properties).toMatchObject({
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: projector() } }],
      Threshold: 5 * 60 * 1000,
    });
  });
});
