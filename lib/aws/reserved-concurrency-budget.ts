import { Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct, IValidation } from 'constructs';

/** Lambda's default concurrency quota per account and region. */
export const DEFAULT_LAMBDA_QUOTA = 1000;
/** Lambda refuses any reservation that would leave less than this unreserved in the account. */
export const UNRESERVED_MINIMUM = 100;

/**
 * Refuses, at synth, an app whose functions reserve more concurrency than the stage's account can
 * give: CloudFormation would otherwise fail half-way through the first deploy and roll it back.
 */
export class ReservedConcurrencyBudget implements IValidation {
  constructor(
    private readonly scope: IConstruct,
    private readonly lambdaQuota: number,
  ) {}

  validate(): string[] {
    const reservations = this.scope.node
      .findAll()
      .filter((construct): construct is lambda.CfnFunction => construct instanceof lambda.CfnFunction)
      .map((fn) => ({ path: fn.node.path, reserved: fn.reservedConcurrentExecutions }))
      .filter((fn): fn is { path: string; reserved: number } => fn.reserved !== undefined);
    const unresolved = reservations.filter((fn) => Token.isUnresolved(fn.reserved));
    if (unresolved.length > 0)
      return [`Reserved concurrency must be a number known at synth: ${unresolved.map((fn) => fn.path).join(', ')}`];
    const total = reservations.reduce((sum, fn) => sum + fn.reserved, 0);
    const available = this.lambdaQuota - UNRESERVED_MINIMUM;
    if (total <= available) return [];
    return [
      `The functions reserve ${total} concurrent executions, more than the ${available} this stage's account can reserve ` +
        `(lambdaQuota ${this.lambdaQuota} less the ${UNRESERVED_MINIMUM} Lambda keeps unreserved): ` +
        `${reservations.map((fn) => `${fn.path} ${fn.reserved}`).join(', ')}. Raise the account's quota and the stage's lambdaQuota, or reserve less.`,
    ];
  }
}
