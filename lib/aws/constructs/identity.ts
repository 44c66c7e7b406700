import { Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { CUSTOM_ATTRIBUTES, REVIEWERS_GROUP, SUPERVISORS_GROUP } from '../../../functions/contract/identity.js';
import type { StageConfig } from '../config.js';

/**
 * Who may call the API. Residents sign in through the national identity provider (OIDC) federated
 * into this user pool, whose attribute mapping fills the same claims the handlers read; reviewers
 * are staff accounts in the `reviewers` group with their sections in `custom:sections`;
 * supervisors, in the `supervisors` group, read the statistics of every section.
 */
export class Identity extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: { config: StageConfig }) {
    super(scope, id);
    const { config } = props;
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(1),
      },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      accountRecovery: cognito.AccountRecovery.NONE,
      standardAttributes: {
        phoneNumber: { required: false, mutable: true },
        locale: { required: false, mutable: true },
      },
      customAttributes: {
        [CUSTOM_ATTRIBUTES.iqamaNumber]: new cognito.StringAttribute({ minLen: 10, maxLen: 10, mutable: true }),
        [CUSTOM_ATTRIBUTES.sections]: new cognito.StringAttribute({ minLen: 1, maxLen: 256, mutable: true }),
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new cognito.CfnUserPoolGroup(this, 'Reviewers', {
      userPoolId: this.userPool.userPoolId,
      groupName: REVIEWERS_GROUP,
      description: 'Jawazat staff who review inquiries of their sections',
    });
    new cognito.CfnUserPoolGroup(this, 'Supervisors', {
      userPoolId: this.userPool.userPoolId,
      groupName: SUPERVISORS_GROUP,
      description: "Jawazat staff who read the directorate's statistics of every section",
    });

    const providers = [cognito.UserPoolClientIdentityProvider.COGNITO];
    if (config.oidc) {
      const nationalId = new cognito.UserPoolIdentityProviderOidc(this, 'NationalIdentity', {
        userPool: this.userPool,
        name: 'NationalIdentity',
        issuerUrl: config.oidc.issuerUrl,
        clientId: config.oidc.clientId,
        // A CloudFormation dynamic reference: the secret itself never enters the template.
        clientSecret: SecretValue.secretsManager(config.oidc.clientSecretName).unsafeUnwrap(),
        scopes: ['openid', 'profile', 'phone'],
        attributeMapping: {
          phoneNumber: cognito.ProviderAttribute.other('phone_number'),
          locale: cognito.ProviderAttribute.other('locale'),
          custom: { [CUSTOM_ATTRIBUTES.iqamaNumber]: cognito.ProviderAttribute.other('national_id') },
        },
      });
      providers.push(cognito.UserPoolClientIdentityProvider.custom(nationalId.providerName));
    }
    this.client = this.userPool.addClient('AppClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        callbackUrls: config.callbackUrls,
        scopes: [cognito.OAuthScope.OPENID],
      },
      supportedIdentityProviders: providers,
      preventUserExistenceErrors: true,
      // Sections decide what a reviewer may see: only administrators set them, never the user. The
      // identity provider's mapped attributes must stay writable for federation to refresh them.
      writeAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ phoneNumber: true, locale: true })
        .withCustomAttributes(CUSTOM_ATTRIBUTES.iqamaNumber),
      accessTokenValidity: Duration.minutes(60),
      idTokenValidity: Duration.minutes(60),
      refreshTokenValidity: Duration.days(1),
    });
  }
}
