import type { Route } from '../routes.js';
import type { CfnTemplate, SynthesizedSystem } from './synthesized-templates.js';

/** Variables the Lambda runtime or the bundle need that mean nothing in one local process. */
const LAMBDA_ONLY = new Set(['NODE_OPTIONS', 'AWS_NODEJS_CONNECTION_REUSE_ENABLED']);

const resolveValue = (value: unknown, system: SynthesizedSystem, where: string): string => {
  if (typeof value === 'string') return value;
  const intrinsic = value as Record<string, unknown>;
  if (typeof intrinsic.Ref === 'string') return intrinsic.Ref;
  if (typeof intrinsic['Fn::ImportValue'] === 'string') {
    const name = intrinsic['Fn::ImportValue'];
    const output = Object.values(system.dataTemplate.Outputs ?? {}).find((o) => o.Export?.Name === name);
    if (output) return resolveValue(output.Value, system, where);
  }
  throw new Error(`Cannot resolve ${JSON.stringify(value)} in ${where} for the local runtime`);
};

const functionResource = (template: CfnTemplate, path: string) =>
  Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:cdk:path'] === path);

/**
 * The environment the deployed functions get, read from the synthesized template; a reference to a
 * table becomes the local table of the same logical ID. All handlers share one process here, so a
 * variable that two functions set differently is an error rather than a silent pick.
 */
export const functionEnvironment = (system: SynthesizedSystem, routes: readonly Route[]): Record<string, string> => {
  const environment: Record<string, string> = {};
  for (const route of routes) {
    const path = `${system.serviceStackName}/${route.id}/Resource`;
    const resource = functionResource(system.serviceTemplate, path);
    if (!resource) throw new Error(`The synthesized template has no function at ${path}`);
    const variables = ((resource.Properties?.Environment as { Variables?: Record<string, unknown> })?.Variables ?? {});
    for (const [name, value] of Object.entries(variables)) {
      if (LAMBDA_ONLY.has(name)) continue;
      const resolved = resolveValue(value, system, `${route.id}.${name}`);
      if (name in environment && environment[name] !== resolved) {
        throw new Error(`Functions disagree on ${name}; the local runtime cannot serve both from one process`);
      }
      environment[name] = resolved;
    }
  }
  return environment;
};
