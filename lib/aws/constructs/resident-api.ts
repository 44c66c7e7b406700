import { Lazy, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS_REQUEST_HEADERS } from '../../../functions/contract/cors.js';
import { GATEWAY_PROBLEMS, PROBLEM_TYPE_BASE } from '../../../functions/contract/problem-types.js';
import {
  API_DOCUMENT_SHARING,
  allowHeader,
  BINARY_MEDIA_TYPES,
  type RouteCaller,
} from '../../../functions/contract/routes.js';
import type { StageConfig } from '../config.js';
import { ApiFirewall } from './api-firewall.js';
import { staticJsonTemplate } from './static-json-template.js';

// Gateway responses cannot read Accept-Language, so their titles carry both languages.
const problemTemplate = (code: string, title: string) =>
  JSON.stringify({
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title,
    detail: '$context.error.message',
    instance: '$context.requestId',
  });

// API Gateway's own message for these would mislead ("Missing Authentication Token"), hence a fixed one.
const fixedProblem = (code: string, status: number, title: string, detail: string) =>
  JSON.stringify({ type: `${PROBLEM_TYPE_BASE}${code}`, title, status, detail, instance: '$context.requestId' });

const NOT_FOUND = fixedProblem(
  'not-found',
  404,
  'Not found / غير موجود',
  'There is nothing at this address. / لا يوجد مورد بهذا العنوان.',
);

const METHOD_NOT_ALLOWED = fixedProblem(
  'method-not-allowed',
  405,
  'Method not allowed / الطريقة غير مسموح بها',
  'The Allow header lists the methods this address takes. / ترويسة Allow تذكر الطرق التي يقبلها هذا العنوان.',
);

/** A method anyone may call, with or without a token. */
const ANYONE: apigateway.MethodOptions = { authorizationType: apigateway.AuthorizationType.NONE };

/** Why a published document's methods (GET and the 405 catch-all) take no sign-in. */
const PUBLIC_DOCUMENT_REASON =
  'A public description of the API for its clients and their tools, the same for every caller and holding no personal data; a mock answers it without any function or data behind it, under the stage throttling and WAF.';

/** Why a route open to anyone (GET and its resource's 405 catch-all) takes no sign-in. */
const OPEN_ROUTE_REASON =
  'Figures the directorate publishes to the public: the same for every caller, counts and durations only, holding no personal data; the function reads no token and writes nothing, under the stage throttling and WAF.';

/**
 * An answer API Gateway gives by itself, always the same: a mock integration. A mock reads its
 * status from what the request template yields: with no template there is no statusCode to read
 * (500). JSON is a binary media type here, and a binary body is kept as text so that the template
 * can run, as is the answer, which a binary Accept would otherwise base64-decode. A request with a
 * body of any other type is refused as 415 rather than passed to the mock.
 */
const fixedAnswer = (status: number, headers: Record<string, string>, body: string) =>
  new apigateway.MockIntegration({
    requestTemplates: { 'application/json': JSON.stringify({ statusCode: status }) },
    passthroughBehavior: apigateway.PassthroughBehavior.NEVER,
    contentHandling: apigateway.ContentHandling.CONVERT_TO_TEXT,
    integrationResponses: [
      {
        statusCode: String(status),
        contentHandling: apigateway.ContentHandling.CONVERT_TO_TEXT,
        responseParameters: headers,
        responseTemplates: { 'application/json': body },
      },
    ],
  });

/**
 * The REST API: Cognito-authorized methods, per-stage throttling, JSON access logs, X-Ray, request
 * validation, WAF, RFC 9457 problem bodies for the errors API Gateway answers by itself, and the
 * API's contract for anyone to read.
 */
export class ResidentApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly authorizer: apigateway.CognitoUserPoolsAuthorizer;
  readonly validator: apigateway.RequestValidator;
  /** The methods of each resource that has routes, for its `Allow` header. */
  private readonly methodsByPath = new Map<string, string[]>();
  /** The resources whose routes anyone may call. */
  private readonly openPaths = new Set<string>();

  constructor(
    scope: Construct,
    id: string,
    props: {
      config: StageConfig;
      /** The origins a browser may call the API from: the console's and the stage's others. */
      allowedOrigins: string[];
      userPool: cognito.IUserPool;
      logKey: kms.IKey;
      logRetention: logs.RetentionDays;
      firewallLogArn: string;
    },
  ) {
    super(scope, id);
    const { config } = props;
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
    });
    this.api = new apigateway.RestApi(this, 'Api', {
      description: 'Tawasul: residents and reviewers of the Passports directorate',
      cloudWatchRole: true,
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      binaryMediaTypes: [...BINARY_MEDIA_TYPES],
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
        allowOrigins: props.allowedOrigins,
        allowHeaders: CORS_REQUEST_HEADERS,
        allowMethods: ['GET', 'POST', 'PUT'],
      },
    });
    this.authorizer = new apigateway.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      cognitoUserPools: [props.userPool],
    });
    // What it checks before a function runs: the Authorization header every route requires. No body
    // models: a body refused here would get the bad-request problem below, without the errors[] and
    // the caller's language the functions answer with; AWS does not say whether it validates a body of
    // a binary media type (JSON is one here) at all; and draft-04 cannot state the handlers' rules
    // (length after trimming, control characters, calendar dates). Query parameters are all optional,
    // and a path parameter cannot be missing from a path that reached its resource.
    this.validator = new apigateway.RequestValidator(this, 'Validator', {
      restApi: this.api,
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    for (const { response, code, title } of GATEWAY_PROBLEMS) {
      this.api.addGatewayResponse(code, {
        type: apigateway.ResponseType[response],
        responseHeaders: { 'Content-Type': "'application/problem+json'" },
        templates: { 'application/json': problemTemplate(code, title) },
      });
    }
    // API Gateway's answer for a path it has no resource for: every resource with routes also
    // has a catch-all method (see addRoute), so what is left is an unknown address, a 404.
    this.api.addGatewayResponse('not-found', {
      type: apigateway.ResponseType.MISSING_AUTHENTICATION_TOKEN,
      statusCode: '404',
      responseHeaders: { 'Content-Type': "'application/problem+json'" },
      templates: { 'application/json': NOT_FOUND },
    });
    new ApiFirewall(this, 'Firewall', {
      stage: this.api.deploymentStage,
      requestsPerFiveMinutesPerIp: config.wafRequestsPerFiveMinutesPerIp,
      logDestinationArn: props.firewallLogArn,
    });
    Validations.of(this.api.deploymentStage).acknowledge(
      {
        id: 'NIST.800.53.R5-APIGWCacheEnabledAndEncrypted',
        reason:
          "Every response is one resident's personal data or changes with each request; a response cache would only risk serving stale or another caller's data.",
      },
      {
        id: 'NIST.800.53.R5-APIGWSSLEnabled',
        reason:
          'The only integrations are Lambda functions invoked through the AWS API with IAM; there is no HTTP backend to present a client certificate to.',
      },
    );
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason:
        'API Gateway execution logging needs this account-level role; the AWS managed policy is the documented one and only writes logs.',
    });
  }

  /**
   * Adds a route's method: Cognito-authorized, its Authorization header checked by API Gateway
   * first, or, for a route open to anyone, with no authorizer at all. A resource's routes and its
   * catch-all ask for the same sign-in, so a resource's routes are either all open or none.
   */
  addRoute(method: string, path: string, integration: apigateway.Integration, caller: RouteCaller): apigateway.Method {
    const resource = this.api.root.resourceForPath(path);
    const access = caller === 'anyone' ? ANYONE : this.signedIn();
    const methods = this.methodsByPath.get(path);
    if (methods) {
      if (this.openPaths.has(path) !== (caller === 'anyone'))
        throw new Error(`The routes of ${path} disagree on whether anyone may call them`);
      methods.push(method);
    } else {
      const added = [method];
      this.methodsByPath.set(path, added);
      if (caller === 'anyone') {
        this.openPaths.add(path);
        Validations.of(resource).acknowledge(
          { id: 'AwsSolutions-APIG4', reason: OPEN_ROUTE_REASON },
          { id: 'AwsSolutions-COG4', reason: OPEN_ROUTE_REASON },
        );
      }
      this.refuseOtherMethods(resource, added, access);
    }
    return resource.addMethod(method, integration, {
      ...access,
      requestValidator: this.validator,
      ...(caller === 'signedIn' && { requestParameters: { 'method.request.header.Authorization': true } }),
    });
  }

  /**
   * Publishes a JSON document at `path` for anyone to read, answered by API Gateway itself: a mock
   * whose response template is the document, so no function runs for it, and the document changes
   * with each deployment that changes it. The stage's throttling and WAF hold it as they hold the
   * routes. Its body is the document minified, `$` and `#` written as JSON escapes (see
   * staticJsonTemplate): the same JSON, not the same bytes as the file.
   */
  publishDocument(path: string, document: unknown): apigateway.Method {
    const resource = this.api.root.resourceForPath(path);
    this.refuseOtherMethods(resource, ['GET'], ANYONE);
    const headers = {
      'method.response.header.Content-Type': "'application/json; charset=utf-8'",
      ...Object.fromEntries(
        Object.entries(API_DOCUMENT_SHARING).map(([name, value]) => [`method.response.header.${name}`, `'${value}'`]),
      ),
      'method.response.header.X-Content-Type-Options': "'nosniff'",
    };
    const method = resource.addMethod('GET', fixedAnswer(200, headers, staticJsonTemplate(document)), {
      ...ANYONE,
      methodResponses: [
        { statusCode: '200', responseParameters: Object.fromEntries(Object.keys(headers).map((name) => [name, true])) },
      ],
    });
    Validations.of(resource).acknowledge(
      { id: 'AwsSolutions-APIG4', reason: PUBLIC_DOCUMENT_REASON },
      { id: 'AwsSolutions-COG4', reason: PUBLIC_DOCUMENT_REASON },
    );
    return method;
  }

  /** The Cognito authorizer, which every route and its resource's catch-all sit behind. */
  private signedIn(): apigateway.MethodOptions {
    return { authorizer: this.authorizer, authorizationType: apigateway.AuthorizationType.COGNITO };
  }

  /**
   * A catch-all method that answers 405 with the resource's `Allow` header (API Gateway prefers a
   * resource's own methods to ANY). Without it a method the resource lacks gets API Gateway's
   * "Missing Authentication Token" 403. It asks for the same sign-in as the resource's own methods.
   */
  private refuseOtherMethods(
    resource: apigateway.IResource,
    methods: readonly string[],
    access: apigateway.MethodOptions,
  ) {
    // Produced at synth, once every route has added its method to `methods`.
    const allow = Lazy.string({ produce: () => `'${allowHeader(methods)}'` });
    const headers = {
      'method.response.header.Allow': allow,
      'method.response.header.Content-Type': "'application/problem+json'",
    };
    resource.addMethod('ANY', fixedAnswer(405, headers, METHOD_NOT_ALLOWED), {
      ...access,
      methodResponses: [
        {
          statusCode: '405',
          responseParameters: { 'method.response.header.Allow': true, 'method.response.header.Content-Type': true },
        },
      ],
    });
  }
}
