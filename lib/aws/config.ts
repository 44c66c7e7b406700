import type { Node } from 'constructs';

/** Everything that differs between deployments, read from CDK context (`-c stage=prod`). */
export interface StageConfig {
  stage: string;
  region: string;
  apiThrottle: { rateLimit: number; burstLimit: number };
  wafRequestsPerFiveMinutesPerIp: number;
  logRetentionDays: number;
  /** The account's Lambda concurrency quota in the stage's region; 1,000 (the default quota) when not set. */
  lambdaQuota?: number;
  /** Origins besides the deployed console's that may call the API and upload (a developer's machine). */
  allowedOrigins: string[];
  /** Sign-in callbacks besides the deployed console's own. */
  callbackUrls: string[];
  /**
   * The console's own address: a domain name with its ACM certificate in us-east-1 (CloudFront reads
   * certificates only there). Without it the console answers on its CloudFront domain.
   */
  web?: { domainName: string; certificateArn: string };
  /** The sign-in pages' own address, with its ACM certificate in us-east-1; else Cognito's `tawasul-<stage>` domain. */
  authDomain?: { domainName: string; certificateArn: string };
  /** Saudi public holidays (YYYY-MM-DD) that do not count as working days. */
  holidays: string[];
  /** Days before a document's expiry that reminders go out; 30, 14, 7 and 1 when not set. */
  reminderLeadDays?: number[];
  /** The account's SNS SMS rate (messages a second) the reminder sweep may use; 20 (the SNS default) when not set. */
  smsPerSecond?: number;
  /**
   * The stage's SMS budget for a calendar month (UTC, as AWS bills it), in USD: set as the account's
   * SNS monthly spend limit, alarmed at 80%, and kept by the reminder sweep.
   */
  smsMonthlyBudgetUsd: number;
  /** What one SMS part is expected to cost until its receipt reports the price; 0.0247 USD when not set. */
  smsPricePerPartUsd?: number;
  /** GuardDuty Malware Protection for S3 on attachments; downloads then wait for a clean scan. */
  malwareProtection?: boolean;
  /** The national identity provider, when this deployment federates with it. */
  oidc?: { issuerUrl: string; clientId: string; clientSecretName: string };
}

/** SNS's price of an SMS part to Saudi Arabia as the README's cost estimate assumes it (unverified). */
export const DEFAULT_SMS_PRICE_PER_PART_USD = 0.0247;

export const stageConfig = (node: Node): StageConfig => {
  const stage = String(node.tryGetContext('stage') ?? 'dev');
  const stages = (node.tryGetContext('tawasul:stages') ?? {}) as Record<
    string,
    Omit<StageConfig, 'stage' | 'holidays'>
  >;
  const settings = stages[stage];
  if (!settings) throw new Error(`No settings for stage "${stage}" under the context key tawasul:stages`);
  const holidays = (node.tryGetContext('tawasul:holidays') ?? []) as string[];
  return { ...settings, stage, holidays };
};
