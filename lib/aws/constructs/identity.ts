import { Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  CUSTOM_ATTRIBUTES,
  ESTABLISHMENTS_GROUP,
  REVIEWERS_GROUP,
  SUPERVISORS_GROUP,
} from '../../../functions/contract/identity.js';
import type { StageConfig } from '../config.js';

/** The national identity provider's name in the pool, which sign-in requests name to go to it directly. */
const NATIONAL_IDENTITY = 'NationalIdentity';

/**
 * Who may call the API. Residents sign in through the national identity provider (OIDC) federated
 * into this user pool, whose attribute mapping fills the same claims the handlers read; reviewers
 * are staff accounts in the `reviewers` group with their sections in `custom:sections`;
 * supervisors, in the `supervisors` group, read the statistics of every section; establishments'
 * staff, in the `establishments` group, act for the employees of the establishment their
 * `custom:establishmentId` names. Only administrators set these (the client writes neither).
 */
export class Identity extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  /** Where the sign-in pages (managed login) and the OAuth 2.0 endpoints answer: scheme and host. */
  readonly signInOrigin: string;
  /** The identity provider that residents' sign-in goes to straight away, when the stage federates one. */
  readonly federatedProvider?: string;
  private readonly providers: cognito.UserPoolClientIdentityProvider[];

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
        [CUSTOM_ATTRIBUTES.establishmentId]: new cognito.StringAttribute({ minLen: 10, maxLen: 10, mutable: true }),
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
    new cognito.CfnUserPoolGroup(this, 'Establishments', {
      userPoolId: this.userPool.userPoolId,
      groupName: ESTABLISHMENTS_GROUP,
      description: "Establishments' staff who act for their employees",
    });

    const domain = this.userPool.addDomain('Domain', {
      ...(config.authDomain
        ? {
            customDomain: {
              domainName: config.authDomain.domainName,
              certificate: acm.Certificate.fromCertificateArn(
                this,
                'AuthCertificate',
                config.authDomain.certificateArn,
              ),
            },
          }
        : { cognitoDomain: { domainPrefix: `tawasul-${config.stage}` } }),
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.signInOrigin = domain.baseUrl();

    const providers = [cognito.UserPoolClientIdentityProvider.COGNITO];
    if (config.oidc) {
      const nationalId = new cognito.UserPoolIdentityProviderOidc(this, 'NationalIdentity', {
        userPool: this.userPool,
        name: NATIONAL_IDENTITY,
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
      this.federatedProvider = NATIONAL_IDENTITY;
    }
    this.providers = providers;
    // Under the pool, where it was first deployed: a client made anew gets a new client ID.
    this.client = this.addClientIn(this.userPool, 'AppClient', {
      callbackUrls: config.callbackUrls,
      logoutUrls: config.callbackUrls.map((url) => `${new URL(url).origin}/`),
    });
  }

  /**
   * A public client of this pool (no secret: it runs on the user's device or in the browser) that
   * signs in with the authorization code and PKCE on the managed login pages, styled with Cognito's
   * own branding, and returns to `callbackUrls`; signing out returns to `logoutUrls`. Made in
   * `scope`, which may be another stack: the console's client lives beside the console, whose
   * address it needs.
   */
  addClientIn(
    scope: Construct,
    id: string,
    urls: { callbackUrls: string[]; logoutUrls: string[] },
  ): cognito.UserPoolClient {
    const client = new cognito.UserPoolClient(scope, id, {
      userPool: this.userPool,
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        callbackUrls: urls.callbackUrls,
        logoutUrls: urls.logoutUrls,
        scopes: [cognito.OAuthScope.OPENID],
      },
      supportedIdentityProviders: this.providers,
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
    // Managed login shows a client's pages only with a style assigned to the client.
    new cognito.CfnManagedLoginBranding(scope, `${id}SignInStyle`, {
      userPoolId: this.userPool.userPoolId,
      clientId: client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    return client;
  }
}
