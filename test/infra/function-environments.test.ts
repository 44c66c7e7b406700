import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DeployedFunction, deployedFunctions } from '../../bench/support/function-catalogue.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { functionEnvironment } from '../../lib/local/function-environment.js';
import { type SynthesizedSystem, synthesizeSystem } from '../../lib/local/synthesized-templates.js';

/**
 * Loads a handler module afresh, as a cold start does, with only `environment` among the variables
 * the functions read: whatever the test process or an earlier load had set is gone.
 */
const coldStart = async (entry: string, environment: Record<string, string>) => {
  vi.resetModules();
  for (const name of Object.values(ENVIRONMENT)) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  return ((await import(join(PROJECT_ROOT, entry))) as { handler: unknown }).handler;
};

describe('each function and the environment its construct gives it', () => {
  let system: SynthesizedSystem;
  let functions: DeployedFunction[];
  const deployed = (id: string) => functions.find((fn) => fn.id === id)!;
  const environmentOf = (fn: DeployedFunction) => functionEnvironment(system, [fn]);

  beforeAll(() => {
    system = synthesizeSystem();
    functions = deployedFunctions(system.serviceTemplate, system.serviceStackName);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('when every deployed function starts with only the variables its construct sets, each starts', async () => {
    for (const fn of functions) {
      await expect(coldStart(fn.entry, environmentOf(fn)), fn.id).resolves.toBeTypeOf('function');
    }
  });

  it.each([
    ['an API function', 'GetInquiry', ENVIRONMENT.residentsTable],
    ['a review workflow task', 'BeginReviewFunction', ENVIRONMENT.inquiriesTable],
    ['a reminder sweep task', 'SendReminderBatchFunction', ENVIRONMENT.reminderLogTable],
    ['the S3 event handler of uploads', 'VerifyUpload', ENVIRONMENT.attachmentsBucket],
    ['the S3 event handler of register files', 'ImportRegister', ENVIRONMENT.registerBucket],
  ])('when %s (%s) is started without %s, its cold start fails naming the variable', async (_, id, variable) => {
    // Prepare
    const fn = deployed(id);
    const { [variable]: left, ...rest } = environmentOf(fn);
    expect(left, `${id} is given ${variable} by its construct`).toBeTruthy();
    // Act
    const started = coldStart(fn.entry, rest);
    // Assess
    await expect(started).rejects.toMatchObject({
      name: 'MissingEnvironmentVariable',
      variable,
      message: expect.stringContaining(variable),
    });
  });

  it("when a function is given the deployed console's origin, locally it is a CloudFront domain that cannot exist, beside the stage's other origins", () => {
    // Act
    const origins = environmentOf(deployed('GetInquiry'))[ENVIRONMENT.allowedOrigins]!.split(',');
    // Assess
    expect(origins).toEqual([
      expect.stringMatching(/^https:\/\/[a-z0-9]+\.cloudfront\.invalid$/),
      'http://127.0.0.1:3000',
      'http://localhost:3000',
    ]);
  });

  it('when a variable is set but empty, the cold start fails as if it were missing', async () => {
    // Prepare
    const fn = deployed('SubmitInquiry');
    // Act
    const started = coldStart(fn.entry, { ...environmentOf(fn), [ENVIRONMENT.inquiriesTable]: '' });
    // Assess
    await expect(started).rejects.toMatchObject({
      name: 'MissingEnvironmentVariable',
      variable: ENVIRONMENT.inquiriesTable,
    });
  });
});
