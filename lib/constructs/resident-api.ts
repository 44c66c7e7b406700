import { Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS_REQUEST_HEADERS } from '../../functions/http/cors.js';
import { PROBLEM_TYPE_BASE } from '../../functions/http/problem.js';
import type { StageConfig } from '../config.js';
import { ApiFirewall } from './api-firewall.js';

// Gateway responses cannot read Accept-Language, so their titles carry both languages.
const problemTemplate = (code: string, title: string) =>
  JSON.stringify({ type: `${PROBLEM_TYPE_BASE}${code}`, title, detail: '$context.error.message', instance: '$context.requestId' });

/**
 * The REST API: Cognito-authorized methods, per-stage throttling, JSON access logs, X-Ray, request
 * validation, WAF, and RFC 9457 problem bodies for the errors API Gateway answers by itself.
 */
export class ResidentApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly authorizer: apigateway.CognitoUserPoolsAuthorizer;
  readonly validator: apigateway.RequestValidator;

  constructor(scope: Construct, id: string, props: { config: StageConfig; userPool: cognito.IUserPool; logKey: kms.IKey; logRetention: logs.RetentionDays; firewallLogArn: string }) {
    super(scope, id);
    const { config } = props;
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention, encryptionKey: props.logKey });
    this.api = new apigateway.RestApi(this, 'Api', {
      description: 'Tawasul: residents and reviewers of the Passports directorate',
      cloudWatchRole: true,
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      deployOptions: {
        stageName: config.stage,
        throttlingRateLimit: config.apiThrottle.rateLimit,
        throttlingBurstLimit: config.apiThrottle.burstLimit,
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: true,
        metricsEnabled: true,
      },
      defaultCorsPreflightOptions: {
        allowOrigins: config.allowedOrigins,
        allowHeaders: CORS_REQUEST_HEADERS,
        allowMethods: ['GET', 'POST', 'PUT'],
      },
    });
    this.authorizer = new apigateway.CognitoUserPoolsAuthorizer(this, 'Authorizer', { cognitoUserPools: [props.userPool] });
    this.validator = new apigateway.RequestValidator(this, 'Validator', {
      restApi: this.api,
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    for (const [type, code, title] of [
      [apigateway.ResponseType.UNAUTHORIZED, 'unauthenticated', 'Sign-in required / يلزم تسجيل الدخول'],
      [apigateway.ResponseType.ACCESS_DENIED, 'forbidden', 'Not allowed / غير مسموح'],
      [apigateway.ResponseType.THROTTLED, 'throttled', 'Too many requests / طلبات كثيرة جدًا'],
      [apigateway.ResponseType.REQUEST_TOO_LARGE, 'payload-too-large', 'Request body too large / حجم الطلب كبير جدًا'],
      [apigateway.ResponseType.DEFAULT_4XX, 'bad-request', 'Bad request / طلب غير صالح'],
      [apigateway.ResponseType.DEFAULT_5XX, 'internal', 'Internal error / خطأ داخلي'],
    ] as const) {
      this.api.addGatewayResponse(code, {
        type,
        responseHeaders: { 'Content-Type': "'application/problem+json'" },
        templates: { 'application/json': problemTemplate(code, title) },
      });
    }
    new ApiFirewall(this, 'Firewall', {
      stage: this.api.deploymentStage,
      requestsPerFiveMinutesPerIp: config.wafRequestsPerFiveMinutesPerIp,
      logDestinationArn: props.firewallLogArn,
    });
    Validations.of(this.api.deploymentStage).acknowledge(
      {
        id: 'NIST.800.53.R5-APIGWCacheEnabledAndEncrypted',
        reason: "Every response is one resident's personal data or changes with each request; a response cache would only risk serving stale or another caller's data.",
      },
      {
        id: 'NIST.800.53.R5-APIGWSSLEnabled',
        reason: 'The only integrations are Lambda functions invoked through the AWS API with IAM; there is no HTTP backend to present a client certificate to.',
      },
    );
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason: 'API Gateway execution logging needs this account-level role; the AWS managed policy is the documented one and only writes logs.',
    });
  }

  /** Adds a Cognito-authorized method whose Authorization header API Gateway checks first. */
  addRoute(method: string, path: string, integration: apigateway.Integration): apigateway.Method {
    return this.api.root.resourceForPath(path).addMethod(method, integration, {
      authorizer: this.authorizer,
      authorizationType: apigateway.AuthorizationType.COGNITO,
      requestValidator: this.validator,
      requestParameters: { 'method.request.header.Authorization': true },
    });
  }
}
