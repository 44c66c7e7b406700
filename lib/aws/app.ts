import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { stageConfig } from './config.js';
import { DataStack } from './data-stack.js';
import { DEFAULT_LAMBDA_QUOTA, ReservedConcurrencyBudget } from './reserved-concurrency-budget.js';
import { ServiceStack } from './service-stack.js';

/**
 * The whole system, for `cdk synth`/`deploy`, the infrastructure tests and the local runtime,
 * which builds its tables from the same template.
 */
export const buildApp = (props: AppProps = {}) => {
  const app = new App(props);
  const config = stageConfig(app.node);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region };
  const data = new DataStack(app, `Tawasul-${config.stage}-Data`, { env, config, terminationProtection: true });
  const service = new ServiceStack(app, `Tawasul-${config.stage}-Service`, { env, config, data });
  for (const pack of [new AwsSolutionsChecks(app), new ServerlessChecks(app), new NIST80053R5Checks(app)]) {
    Validations.of(app).addPlugins(pack);
  }
  app.node.addValidation(new ReservedConcurrencyBudget(app, config.lambdaQuota ?? DEFAULT_LAMBDA_QUOTA));
  return { app, config, data, service };
};
