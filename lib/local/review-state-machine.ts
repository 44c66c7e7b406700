import type { CfnTemplate, SynthesizedSystem } from './synthesized-templates.js';

export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'us-east-1';

/** The ARN a function of the service stack has locally: named after its logical ID. */
export const localFunctionArn = (logicalId: string) =>
  `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${logicalId}`;

const resolveIntrinsic = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const intrinsic = value as Record<string, unknown>;
  if (intrinsic.Ref === 'AWS::Partition') return 'aws';
  if (intrinsic.Ref === 'AWS::Region') return LOCAL_REGION;
  if (intrinsic.Ref === 'AWS::AccountId') return LOCAL_ACCOUNT;
  const getAtt = intrinsic['Fn::GetAtt'] as [string, string] | undefined;
  if (getAtt?.[1] === 'Arn') return localFunctionArn(getAtt[0]);
  throw new Error(`Cannot resolve ${JSON.stringify(value)} in a state machine definition for the local runtime`);
};

export interface LocalStateMachine {
  logicalId: string;
  /** The definition with every intrinsic resolved to local values. */
  definition: { StartAt: string; States: Record<string, Record<string, unknown>> };
}

/** The one state machine of the synthesized service stack whose construct path is `path`. */
export const stateMachineOf = (system: SynthesizedSystem, path: string): LocalStateMachine => {
  const template: CfnTemplate = system.serviceTemplate;
  const fullPath = `${system.serviceStackName}/${path}/Resource`;
  const entry = Object.entries(template.Resources).find(
    ([, r]) => r.Type === 'AWS::StepFunctions::StateMachine' && r.Metadata?.['aws:cdk:path'] === fullPath,
  );
  if (!entry) throw new Error(`The synthesized template has no state machine at ${fullPath}`);
  const [logicalId, resource] = entry;
  const body = resource.Properties!.DefinitionString as { 'Fn::Join': [string, unknown[]] } | string;
  const text = typeof body === 'string' ? body : body['Fn::Join'][1].map(resolveIntrinsic).join(body['Fn::Join'][0]);
  return { logicalId, definition: JSON.parse(text) };
};

/** The logical ID of the function at construct path `path` below the service stack. */
export const functionLogicalId = (system: SynthesizedSystem, path: string): string => {
  const fullPath = `${system.serviceStackName}/${path}/Resource`;
  const entry = Object.entries(system.serviceTemplate.Resources).find(
    ([, r]) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:cdk:path'] === fullPath,
  );
  if (!entry) throw new Error(`The synthesized template has no function at ${fullPath}`);
  return entry[0];
};
