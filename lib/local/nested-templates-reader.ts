import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnElement, NestedStack, type Stack } from 'aws-cdk-lib';
import type { CfnTemplate } from './cfn-template.js';

/**
 * The templates of a stack's nested stacks, by the logical ID of their resource in it, read from
 * the assembly directory `outdir` the stack was synthesized into.
 */
export const nestedTemplatesOf = (stack: Stack, outdir: string): ((logicalId: string) => CfnTemplate | undefined) => {
  const files = new Map(
    stack.node
      .findAll()
      .filter(NestedStack.isNestedStack)
      .filter((nested) => nested.nestedStackParent === stack)
      .map((nested) => [stack.getLogicalId(nested.nestedStackResource as CfnElement), nested.templateFile]),
  );
  return (logicalId) => {
    const file = files.get(logicalId);
    return file === undefined ? undefined : (JSON.parse(readFileSync(join(outdir, file), 'utf8')) as CfnTemplate);
  };
};
