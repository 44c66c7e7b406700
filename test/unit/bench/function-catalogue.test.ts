import { describe, expect, it } from 'vitest';
import { coverageGaps, deployedFunctions } from '../../../bench/support/function-catalogue.js';
import type { CfnTemplate } from '../../../lib/local/synthesized-templates.js';

const STACK = 'Tawasul-dev-Service';
const templateWith = (...paths: string[]): CfnTemplate => ({
  Resources: Object.fromEntries(
    paths.map((path, index) => [
      `Function${index}`,
      { Type: 'AWS::Lambda::Function', Metadata: { 'aws:cdk:path': `${STACK}/${path}/Resource` } },
    ]),
  ),
});
const LISTED = [
  { id: 'GetInquiry', entry: 'functions/handlers/inquiries/get-inquiry.ts' },
  { id: 'BeginReviewFunction', entry: 'functions/handlers/review/begin-review.ts' },
];

describe('the catalogue of functions the bench measures', () => {
  it('when the template deploys the listed functions, it gives each its construct path', () => {
    // Prepare
    const template = templateWith('GetInquiry', 'ReviewWorkflow/BeginReviewFunction');

    // Act
    const functions = deployedFunctions(template, STACK, LISTED);

    // Assess
    expect(functions).toEqual([
      { id: 'GetInquiry', entry: 'functions/handlers/inquiries/get-inquiry.ts', path: 'GetInquiry' },
      {
        id: 'BeginReviewFunction',
        entry: 'functions/handlers/review/begin-review.ts',
        path: 'ReviewWorkflow/BeginReviewFunction',
      },
    ]);
  });

  it('when the template deploys a function the route tables do not list, it stops and names it', () => {
    // Prepare
    const template = templateWith('GetInquiry', 'ReviewWorkflow/BeginReviewFunction', 'Exports/ExportReport');

    // Act
    const catalogue = () => deployedFunctions(template, STACK, LISTED);

    // Assess
    expect(catalogue).toThrow(
      'Functions in the template but not in functions/contract (routes.ts, triggers.ts): Exports/ExportReport',
    );
  });

  it("when the template holds CDK's own deployment-time function (copying the console's files), it is not the service's and is left out", () => {
    // Prepare
    const template = templateWith(
      'GetInquiry',
      'ReviewWorkflow/BeginReviewFunction',
      'Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C',
    );

    // Act
    const functions = deployedFunctions(template, STACK, LISTED);

    // Assess
    expect(functions.map((fn) => fn.id)).toEqual(['GetInquiry', 'BeginReviewFunction']);
  });

  it('when a listed function is not in the template, it stops and names it', () => {
    // Prepare
    const template = templateWith('GetInquiry');

    // Act
    const catalogue = () => deployedFunctions(template, STACK, LISTED);

    // Assess
    expect(catalogue).toThrow(
      'BeginReviewFunction is listed in functions/contract (routes.ts, triggers.ts) but the template has no such function',
    );
  });

  it('when a function has no scenario, or a scenario names no function, the coverage names both', () => {
    // Prepare
    const scenarios = [{ fn: 'GetInquiry' }, { fn: 'GetInquiry' }, { fn: 'toString' }];

    // Act
    const gaps = coverageGaps(LISTED, scenarios);

    // Assess
    expect(gaps).toEqual({ unmeasured: ['BeginReviewFunction'], unknown: ['toString'] });
  });
});
