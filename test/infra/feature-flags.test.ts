import { FLAGS } from 'aws-cdk-lib/cx-api';
import { describe, expect, it } from 'vitest';
import { projectContext } from '../../lib/aws/project-context.js';

describe('CDK feature flags', () => {
  it('when aws-cdk-lib is upgraded, every flag whose default is not its recommended value is decided in cdk.json, so synth reports none unconfigured', () => {
    // Prepare
    const context = projectContext();
    // Act
    const undecided = Object.entries(FLAGS)
      .filter(([, flag]) => flag.unconfiguredBehavesLike?.v2 !== flag.recommendedValue)
      .map(([name]) => name)
      .filter((name) => !(name in context));
    // Assess
    expect(undecided).toEqual([]);
  });
});
