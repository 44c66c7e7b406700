import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/aws/app.js';
import { projectContext } from '../../lib/aws/project-context.js';

const outdirs: string[] = [];
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

/**
 * API Gateway deployments are snapshots of the API that CDK names by a hash of every method and
 * model, so that any change of the API (the published contract included) deploys anew: that
 * replacement is by design, and the record keeps the deployment's name without its hash.
 */
const recordedIdOf = (logicalId: string, type: string) =>
  type === 'AWS::ApiGateway::Deployment' ? logicalId.replace(/[0-9a-f]{32}$/, '<hash of the API>') : logicalId;

/** The stacks a deployment of `stage` creates, nested ones too, by their path. */
const stacksOf = (stage: string): Stack[] => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-resources-'));
  outdirs.push(outdir);
  const { data, service } = buildApp({ outdir, context: projectContext({ stage, 'aws:cdk:bundling-stacks': [] }) });
  return [data, service, ...service.node.findAll().filter(NestedStack.isNestedStack)];
};

/** CloudFormation refuses a template of more than 500 resources; the margin is a feature's worth. */
const RESOURCES_PER_STACK = 500;
const MARGIN = 50;

/** Every resource of every stack, logical ID → type, as a deployment of `stage` would create them. */
const resourcesOf = (stage: string) =>
  Object.fromEntries(
    stacksOf(stage).map((stack) => {
      const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string }>;
      const sorted = Object.entries(resources)
        .map(([logicalId, resource]) => [recordedIdOf(logicalId, resource.Type), resource.Type] as const)
        .sort(([a], [b]) => a.localeCompare(b));
      return [stack.node.path, Object.fromEntries(sorted)];
    }),
  );

describe('Template resources', () => {
  it(`when the prod stage is synthesized, every stack keeps ${MARGIN} of CloudFormation's ${RESOURCES_PER_STACK} resources free`, () => {
    // Act
    const counts = Object.entries(resourcesOf('prod')).map(([path, resources]) => [
      path,
      Object.keys(resources).length,
    ]);
    // Assess
    expect(counts.filter(([, count]) => Number(count) > RESOURCES_PER_STACK - MARGIN)).toEqual([]);
    expect(counts.length).toBeGreaterThanOrEqual(3);
  });

  // The record was written before a change that must not alter what is deployed (such as moving
  // files); a changed logical ID is a replaced resource, a lost one a deleted resource. A change
  // that means to add or remove resources updates the record with `npx vitest run -u`.
  for (const stage of ['dev', 'prod']) {
    it(`when the ${stage} stage is synthesized, it has exactly the recorded resources, by logical ID and type`, async () => {
      // Act
      const resources = resourcesOf(stage);
      // Assess
      await expect(`${JSON.stringify(resources, null, 2)}\n`).toMatchFileSnapshot(`./template-resources/${stage}.json`);
    });
  }
});
