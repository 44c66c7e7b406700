import { localBucketName } from './s3-emulator.js';
import type { CfnTemplate, SynthesizedSystem } from './synthesized-templates.js';

/** Variables the Lambda runtime or the bundle need that mean nothing in one local process. */
const LAMBDA_ONLY = new Set(['NODE_OPTIONS', 'AWS_NODEJS_CONNECTION_REUSE_ENABLED']);

/** The local name of a resource: tables keep their logical ID, buckets its lower-case form. */
const localNameOf = (logicalId: string, system: SynthesizedSystem) =>
  system.dataTemplate.Resources[logicalId]?.Type === 'AWS::S3::Bucket' ? localBucketName(logicalId) : logicalId;

/** The value the data stack exports under the name an `Fn::ImportValue` holds, if it is one. */
export const importedValue = (value: unknown, system: Pick<SynthesizedSystem, 'dataTemplate'>): unknown => {
  const name = (value as Record<string, unknown>)['Fn::ImportValue'];
  if (typeof name !== 'string') return undefined;
  return Object.values(system.dataTemplate.Outputs ?? {}).find((output) => output.Export?.Name === name)?.Value;
};

/**
 * The deployed console's CloudFront domain, which the functions' allowed origins name: no such host
 * exists locally, where the runtime serves the console on its own origin (`.invalid`, RFC 2606).
 */
const distributionDomainOf = (logicalId: string) => `${logicalId.toLowerCase()}.cloudfront.invalid`;

/** Resolves the intrinsics a function's environment or an event rule can hold to local values. */
export const resolveValue = (value: unknown, system: SynthesizedSystem, where: string): string => {
  if (typeof value === 'string') return value;
  const intrinsic = value as Record<string, unknown>;
  if (typeof intrinsic.Ref === 'string') return localNameOf(intrinsic.Ref, system);
  const join = intrinsic['Fn::Join'];
  if (Array.isArray(join)) {
    const [separator, parts] = join as [string, unknown[]];
    return parts.map((part) => resolveValue(part, system, where)).join(separator);
  }
  const [resource, attribute] = (intrinsic['Fn::GetAtt'] ?? []) as string[];
  if (
    resource &&
    attribute === 'DomainName' &&
    system.serviceTemplate.Resources[resource]?.Type === 'AWS::CloudFront::Distribution'
  )
    return distributionDomainOf(resource);
  const imported = importedValue(value, system);
  if (imported !== undefined) return resolveValue(imported, system, where);
  throw new Error(`Cannot resolve ${JSON.stringify(value)} in ${where} for the local runtime`);
};

const functionResource = (template: CfnTemplate, path: string) =>
  Object.values(template.Resources).find(
    (r) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:cdk:path'] === path,
  );

/** A function of the service stack, named by its construct path below the stack. */
export interface LocalFunction {
  id: string;
  /** Construct path below the service stack, e.g. `GetInquiry` or `UploadVerification/VerifyUpload`. */
  path: string;
}

/**
 * The environment the deployed functions get, read from the synthesized template; a reference to a
 * table becomes the local table of the same logical ID. All handlers share one process here, so a
 * variable that two functions set differently is an error rather than a silent pick.
 */
export const functionEnvironment = (
  system: SynthesizedSystem,
  functions: readonly LocalFunction[],
): Record<string, string> => {
  const environment: Record<string, string> = {};
  for (const fn of functions) {
    const path = `${system.serviceStackName}/${fn.path}/Resource`;
    const resource = functionResource(system.serviceTemplate, path);
    if (!resource) throw new Error(`The synthesized template has no function at ${path}`);
    const variables = (resource.Properties?.Environment as { Variables?: Record<string, unknown> })?.Variables ?? {};
    for (const [name, value] of Object.entries(variables)) {
      if (LAMBDA_ONLY.has(name)) continue;
      const resolved = resolveValue(value, system, `${fn.id}.${name}`);
      if (name in environment && environment[name] !== resolved) {
        throw new Error(`Functions disagree on ${name}; the local runtime cannot serve both from one process`);
      }
      environment[name] = resolved;
    }
  }
  return environment;
};
