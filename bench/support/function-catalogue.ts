import { AwsCustomResource } from 'aws-cdk-lib/custom-resources';
import { ROUTES } from '../../functions/contract/routes.js';
import {
  IMPORT_REGISTER,
  PROCESS_BULK_FILE,
  PROJECT_INQUIRY_STATS,
  RECONCILE_REVIEWS,
  RECORD_SMS_DELIVERY,
  REFRESH_PROCESSING_TIMES,
  REMINDER_TASKS,
  REVIEW_TASKS,
  START_REVIEW,
  VERIFY_UPLOAD,
} from '../../functions/contract/triggers.js';
import type { LocalFunction } from '../../lib/local/function-environment.js';
import type { CfnTemplate } from '../../lib/local/synthesized-templates.js';

/**
 * Every function the service deploys, from the contract's tables (routes, event targets, workflow
 * and sweep tasks, the scheduled refresh), checked against the synthesized template: a function in either that the other
 * lacks stops the bench, and so does one without a benchmark scenario.
 */

export interface DeployedFunction extends LocalFunction {
  entry: string;
}

const LISTED: readonly { id: string; entry: string }[] = [
  ...ROUTES,
  VERIFY_UPLOAD,
  IMPORT_REGISTER,
  PROCESS_BULK_FILE,
  START_REVIEW,
  RECONCILE_REVIEWS,
  PROJECT_INQUIRY_STATS,
  ...Object.values(REVIEW_TASKS),
  ...Object.values(REMINDER_TASKS),
  REFRESH_PROCESSING_TIMES,
  RECORD_SMS_DELIVERY,
];

/**
 * Construct paths below the stack of the template's Lambda functions, e.g. `ReviewWorkflow/BeginReviewFunction`.
 * CDK's own custom-resource functions (`Custom::…`, such as the one copying the console's files into
 * its bucket, and the one making AWS calls such as setting the account's SMS attributes) run only
 * while CloudFormation deploys: not the service's, so not listed.
 */
const AWS_CALL_FUNCTION = `AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`;

const templateFunctionPaths = (template: CfnTemplate, stackName: string): string[] =>
  Object.values(template.Resources)
    .filter((resource) => resource.Type === 'AWS::Lambda::Function')
    .map((resource) =>
      String(resource.Metadata?.['aws:cdk:path'] ?? '')
        .replace(`${stackName}/`, '')
        .replace(/\/Resource$/, ''),
    )
    .filter((path) => !path.startsWith('Custom::') && path !== AWS_CALL_FUNCTION);

export const deployedFunctions = (template: CfnTemplate, stackName: string, listed = LISTED): DeployedFunction[] => {
  const paths = templateFunctionPaths(template, stackName);
  const idOf = (path: string) => path.split('/').at(-1)!;
  const unlisted = paths.filter((path) => !listed.some((fn) => fn.id === idOf(path)));
  if (unlisted.length > 0)
    throw new Error(
      `Functions in the template but not in functions/contract (routes.ts, triggers.ts): ${unlisted.join(', ')}`,
    );
  return listed.map((fn) => {
    const path = paths.find((candidate) => idOf(candidate) === fn.id);
    if (!path)
      throw new Error(
        `${fn.id} is listed in functions/contract (routes.ts, triggers.ts) but the template has no such function`,
      );
    return { id: fn.id, entry: fn.entry, path };
  });
};

/** The functions no scenario measures, and the scenarios that name no deployed function. */
export const coverageGaps = (functions: readonly { id: string }[], scenarios: readonly { fn: string }[]) => ({
  unmeasured: functions.map((fn) => fn.id).filter((id) => !scenarios.some((scenario) => scenario.fn === id)),
  unknown: [...new Set(scenarios.map((scenario) => scenario.fn))].filter((id) => !functions.some((fn) => fn.id === id)),
});
