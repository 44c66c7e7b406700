import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../../../lib/local/cfn-template.js';
import { inlineNestedStacks } from '../../../lib/local/nested-stacks.js';

const parent: CfnTemplate = {
  Resources: {
    Key: { Type: 'AWS::KMS::Key' },
    Routes: {
      Type: 'AWS::CloudFormation::Stack',
      Properties: { Parameters: { refToKey: { 'Fn::GetAtt': ['Key', 'Arn'] } } },
    },
    Method: {
      Type: 'AWS::ApiGateway::Method',
      Properties: { Uri: { 'Fn::GetAtt': ['Routes', 'Outputs.FnArn'] } },
    },
  },
  Outputs: { Url: { Value: { 'Fn::GetAtt': ['Routes', 'Outputs.FnArn'] } } },
};
const routes: CfnTemplate = {
  Parameters: { refToKey: { Type: 'String' } },
  Resources: {
    Fn: { Type: 'AWS::Lambda::Function', Properties: { KmsKeyArn: { Ref: 'refToKey' }, Role: { Ref: 'Role' } } },
    Role: { Type: 'AWS::IAM::Role' },
  },
  Outputs: { FnArn: { Value: { 'Fn::GetAtt': ['Fn', 'Arn'] } } },
};

describe('nested stacks inlined', () => {
  it("when a parent nests a stack, its resources take the stack's place, parameters become what the parent passes and outputs what they name", () => {
    // Act
    const flat = inlineNestedStacks(parent, (id) => (id === 'Routes' ? routes : undefined));
    // Assess
    expect(Object.keys(flat.Resources).sort()).toEqual(['Fn', 'Key', 'Method', 'Role']);
    expect(flat.Resources.Fn?.Properties).toEqual({
      KmsKeyArn: { 'Fn::GetAtt': ['Key', 'Arn'] },
      Role: { Ref: 'Role' },
    });
    expect(flat.Resources.Method?.Properties).toEqual({ Uri: { 'Fn::GetAtt': ['Fn', 'Arn'] } });
    expect(flat.Outputs?.Url?.Value).toEqual({ 'Fn::GetAtt': ['Fn', 'Arn'] });
  });

  it('when a nested stack defines a logical ID the parent has too, it fails rather than keep one of them', () => {
    // Prepare
    const clashing: CfnTemplate = { Resources: { Key: { Type: 'AWS::KMS::Key' } } };
    // Act / Assess
    expect(() => inlineNestedStacks(parent, (id) => (id === 'Routes' ? clashing : undefined))).toThrow(/Key/);
  });

  it('when the parent reads an output the nested stack lacks, it fails, naming it', () => {
    // Prepare
    const withoutOutputs: CfnTemplate = { Resources: routes.Resources };
    // Act / Assess
    expect(() => inlineNestedStacks(parent, (id) => (id === 'Routes' ? withoutOutputs : undefined))).toThrow(/FnArn/);
  });

  it('when a stack resource is not one of the app’s nested stacks, it stays as it is', () => {
    // Act
    const flat = inlineNestedStacks(parent, () => undefined);
    // Assess
    expect(flat.Resources.Routes?.Type).toBe('AWS::CloudFormation::Stack');
  });
});
