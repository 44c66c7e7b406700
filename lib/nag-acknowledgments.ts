import { Validations } from 'aws-cdk-lib';
import type { DataStack } from './data-stack.js';
import type { ServiceStack } from './service-stack.js';

/** Findings of the cdk-nag packs that are accepted on purpose, each with the reason. */
export const acknowledgeFindings = (_stacks: { data: DataStack; service: ServiceStack }) => {
  void Validations;
};
