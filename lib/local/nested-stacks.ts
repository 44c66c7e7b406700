import type { CfnResource, CfnTemplate } from './cfn-template.js';

/** Rebuilds a JSON value, putting `replace`'s answer in place of each object it has one for. */
const mapValues = (value: unknown, replace: (node: Record<string, unknown>) => unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => mapValues(item, replace));
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const replaced = replace(node);
  if (replaced !== undefined) return replaced;
  return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, mapValues(item, replace)]));
};

/** An `{ "Ref": name }` of one of `parameters`: the value the parent stack passes for it. */
const withParameters = (parameters: Record<string, unknown>) => (node: Record<string, unknown>) =>
  typeof node.Ref === 'string' && Object.hasOwn(parameters, node.Ref) ? parameters[node.Ref] : undefined;

/**
 * A template with each nested stack's resources in place of its `AWS::CloudFormation::Stack`: the
 * nested stack's parameters replaced by what the parent passes, and the parent's `Fn::GetAtt` of a
 * nested output by that output's value. What a deployment runs, as one set of resources, for the
 * local runtime, the benchmarks and the tests that read functions wherever CDK nests them. A
 * logical ID two stacks both use would make one set ambiguous, so it fails. One level deep, as
 * the app nests: `nestedTemplateOf` reads a nested stack's template by its resource's logical ID.
 */
export const inlineNestedStacks = (
  template: CfnTemplate,
  nestedTemplateOf: (logicalId: string) => CfnTemplate | undefined,
): CfnTemplate => {
  const resources: Record<string, CfnResource> = {};
  const outputsOf = new Map<string, Record<string, unknown>>();
  const add = (logicalId: string, resource: CfnResource) => {
    if (Object.hasOwn(resources, logicalId)) throw new Error(`Two stacks define the logical ID ${logicalId}`);
    resources[logicalId] = resource;
  };
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const nestedTemplate = resource.Type === 'AWS::CloudFormation::Stack' ? nestedTemplateOf(logicalId) : undefined;
    if (!nestedTemplate) {
      add(logicalId, resource);
      continue;
    }
    const nested = inlineNestedStacks(nestedTemplate, () => undefined);
    const parameters = withParameters((resource.Properties?.Parameters ?? {}) as Record<string, unknown>);
    for (const [nestedId, nestedResource] of Object.entries(nested.Resources))
      add(nestedId, mapValues(nestedResource, parameters) as CfnResource);
    outputsOf.set(
      logicalId,
      Object.fromEntries(
        Object.entries(nested.Outputs ?? {}).map(([name, output]) => [name, mapValues(output.Value, parameters)]),
      ),
    );
  }
  const nestedOutput = (node: Record<string, unknown>) => {
    const [stack, attribute] = (node['Fn::GetAtt'] ?? []) as unknown[];
    const outputs = typeof stack === 'string' ? outputsOf.get(stack) : undefined;
    if (!outputs || typeof attribute !== 'string' || !attribute.startsWith('Outputs.')) return undefined;
    const name = attribute.slice('Outputs.'.length);
    if (!Object.hasOwn(outputs, name)) throw new Error(`Nested stack ${stack} has no output ${name}`);
    return outputs[name];
  };
  return {
    ...template,
    Resources: mapValues(resources, nestedOutput) as Record<string, CfnResource>,
    ...(template.Outputs && { Outputs: mapValues(template.Outputs, nestedOutput) as CfnTemplate['Outputs'] }),
  };
};
