import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../aws/app.js';
import { projectContext } from '../aws/project-context.js';
import type { CfnTemplate } from './cfn-template.js';
import { inlineNestedStacks } from './nested-stacks.js';
import { nestedTemplatesOf } from './nested-templates-reader.js';

export type { CfnResource, CfnTemplate } from './cfn-template.js';

export interface SynthesizedSystem {
  dataTemplate: CfnTemplate;
  /** The service stack with its nested stacks' resources inlined. */
  serviceTemplate: CfnTemplate;
  serviceStackName: string;
}

/**
 * Synthesizes the CDK app in this process — with the nag packs, without bundling the functions,
 * which run from source here — so the local runtime is built from the template a deployment uses.
 */
export const synthesizeSystem = (): SynthesizedSystem => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-synth-'));
  try {
    const { app, data, service } = buildApp({
      outdir,
      context: projectContext({ 'aws:cdk:bundling-stacks': [], 'aws:cdk:enable-path-metadata': true }),
    });
    const assembly = app.synth();
    return {
      dataTemplate: assembly.getStackByName(data.stackName).template as CfnTemplate,
      serviceTemplate: inlineNestedStacks(
        assembly.getStackByName(service.stackName).template as CfnTemplate,
        nestedTemplatesOf(service, assembly.directory),
      ),
      serviceStackName: service.stackName,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};
