import { ENVIRONMENT } from '../../functions/contract/environment.js';

/**
 * Handler modules build their production wiring while they load, and a variable it needs that is
 * missing fails the load, as it fails a cold start. Tests import those modules for `createHandler`
 * and give it fakes, so the production wiring only needs names to build with; it never calls them.
 * A test that starts the local runtime still gets the template's own names, which it sets over these.
 */
const PLACEHOLDERS = {
  [ENVIRONMENT.inquiriesTable]: 'unit-test-inquiries',
  [ENVIRONMENT.residentsTable]: 'unit-test-residents',
  [ENVIRONMENT.reminderLogTable]: 'unit-test-reminder-log',
  [ENVIRONMENT.statsTable]: 'unit-test-stats',
  [ENVIRONMENT.messagesTable]: 'unit-test-messages',
  [ENVIRONMENT.smsPricePerPartUsd]: '0.0247',
  [ENVIRONMENT.smsMonthlyBudgetUsd]: '1000',
  [ENVIRONMENT.attachmentsBucket]: 'unit-test-attachments',
  [ENVIRONMENT.registerBucket]: 'unit-test-register',
  [ENVIRONMENT.smsPerSecond]: '5',
  [ENVIRONMENT.reviewStateMachine]: 'arn:aws:states:me-central-1:111111111111:stateMachine:unit-test-review',
};

for (const [name, value] of Object.entries(PLACEHOLDERS)) process.env[name] ??= value;
