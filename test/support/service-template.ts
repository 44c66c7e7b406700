import { type Stack, Stage } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnTemplate } from '../../lib/local/cfn-template.js';
import { inlineNestedStacks } from '../../lib/local/nested-stacks.js';
import { nestedTemplatesOf } from '../../lib/local/nested-templates-reader.js';

/**
 * The service stack's template with its nested stacks inlined, as the local runtime reads it: the
 * assertions find a route's function wherever CDK nests it. The nested templates are the files the
 * synthesis wrote beside the stack's.
 */
export const serviceTemplate = (service: Stack): Template => {
  const template = Template.fromStack(service).toJSON() as CfnTemplate;
  return Template.fromJSON(inlineNestedStacks(template, nestedTemplatesOf(service, Stage.of(service)?.outdir ?? '')));
};
