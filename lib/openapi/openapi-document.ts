import type { JsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { GATEWAY_PROBLEMS, PROBLEM_TYPE_BASE } from '../../functions/contract/problem-types.js';
import { ROUTES, type Route } from '../../functions/contract/routes.js';
import { ATTACHMENT_ID } from '../../functions/domain/attachments/attachment.js';
import { REFERENCE_INPUT_MAX_LENGTH } from '../../functions/domain/inquiries/reference.js';
import { ACCEPT_LANGUAGE_READ_LENGTH, TEXT_LOCALES } from '../../functions/domain/shared/locale.js';
import { ROUTE_CONTRACTS as attachments } from '../../functions/handlers/attachments/route-contracts.js';
import { ROUTE_CONTRACTS as establishments } from '../../functions/handlers/establishments/route-contracts.js';
import { ROUTE_CONTRACTS as inquiries } from '../../functions/handlers/inquiries/route-contracts.js';
import { ROUTE_CONTRACTS as residents } from '../../functions/handlers/residents/route-contracts.js';
import { ROUTE_CONTRACTS as review } from '../../functions/handlers/review/route-contracts.js';
import { ROUTE_CONTRACTS as stats } from '../../functions/handlers/stats/route-contracts.js';
import { IdempotencyKey } from '../../functions/http/idempotency-key.js';
import { PROBLEM_TEXTS } from '../../functions/http/messages.js';
import { ProblemDocumentSchema } from '../../functions/http/problem.js';
import {
  ANYONE,
  isOpenToAnyone,
  type RouteContract,
  type RouteContracts,
} from '../../functions/http/route-contract.js';
import { type Bilingual, REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from './examples.js';
import { componentSchemas, jsonSchemaOf } from './json-schema.js';
import { namedSchemas } from './named-schemas.js';
import { LANGUAGE_NAMES, problemExamples } from './problem-examples.js';
import { type AnsweredCode, routeProblems } from './route-problems.js';
import { shareRepeatedResponses } from './shared-responses.js';

/** A tag of the document: one feature's routes. */
export interface FeatureContracts {
  description: string;
  contracts: RouteContracts;
}

export const FEATURE_CONTRACTS: Record<string, FeatureContracts> = {
  inquiries: { description: 'Request types, submitting inquiries and following them.', contracts: inquiries },
  attachments: {
    description: 'Documents attached to an inquiry, verified before they are served.',
    contracts: attachments,
  },
  review: {
    description: "The directorate's review (queue, decisions) and the resident's replies, appeals and ratings.",
    contracts: review,
  },
  residents: {
    description: "The resident's documents and reminders: passport update, preferences.",
    contracts: residents,
  },
  establishments: {
    description:
      "Establishments acting for their employees: who needs renewal, one employee's documents, the passport update for a worker.",
    contracts: establishments,
  },
  stats: {
    description:
      "The directorate's statistics (volumes, rates, processing times, backlog, rising request types), and the processing times published for anyone.",
    contracts: stats,
  },
};

const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const JSON_MEDIA_TYPE = 'application/json';
// A gateway title holds both languages; the response's description is in English, like the rest of the document.
const GATEWAY_TITLES = new Map<string, string>(
  GATEWAY_PROBLEMS.map(({ code, title }) => [code, title.split(' / ')[0] ?? title]),
);

const DESCRIPTION = `The API of Tawasul, through which Saudi Arabia's foreign residents reach the Passports directorate: inquiries and complaints with their documents, the directorate's review, appeals and ratings, and the resident's own documents and expiry reminders.

**Languages.** Every text the API writes (names, errors) is in Arabic or English, chosen by \`Accept-Language\` (Arabic when neither is asked for); SMS go out in six languages.

**Errors** are RFC 9457 problem documents (\`application/problem+json\`): \`type\` is \`${PROBLEM_TYPE_BASE}<code>\`, \`title\` and \`detail\` are in the caller's language, and a request that fails validation lists every offending field in \`errors[]\` with a JSON Pointer (\`/description\`, \`/query/limit\`, \`/path/reference\`, \`/headers/idempotency-key\`). API Gateway's own answers (sign-in, throttling) carry titles in both languages and no \`status\`.

**Retries.** Every request that changes something takes an \`Idempotency-Key\`: a retry with the same key and body answers as the first request did, with \`idempotent-replayed: true\`; the same key with another body is 422.

**Evolution.** Answers may gain fields, and errors new problem types, without a new version: clients ignore what they do not know. A field is never removed or changed in meaning within a version.

**This document** is published by the API itself at \`GET /openapi.json\`, without a token.

**Addresses.** An address the API does not have is 404 \`not-found\`; a method an address does not take is 405 \`method-not-allowed\` with an \`Allow\` header. Another resident's inquiry is 404, exactly like one that does not exist.`;

const contractsByRoute = (
  routes: readonly Route[],
  features: Record<string, FeatureContracts>,
): Map<string, { feature: string; contract: RouteContract }> => {
  const found = new Map<string, { feature: string; contract: RouteContract }>();
  for (const [feature, { contracts }] of Object.entries(features)) {
    for (const [id, contract] of Object.entries(contracts)) {
      if (found.has(id)) throw new Error(`Two features describe the route ${id}`);
      found.set(id, { feature, contract });
    }
  }
  const routeIds = new Set(routes.map((route) => route.id));
  const extra = [...found.keys()].filter((id) => !routeIds.has(id));
  const missing = [...routeIds].filter((id) => !found.has(id));
  if (extra.length || missing.length)
    throw new Error(
      `Routes without a contract: ${missing.join(', ') || 'none'}; contracts without a route: ${extra.join(', ') || 'none'}`,
    );
  // The route table decides the authorizer, the contract what the handler and the document say: they must agree.
  const disagreeing = routes.filter(
    (route) => (route.caller === 'anyone') !== isOpenToAnyone(found.get(route.id)?.contract as RouteContract),
  );
  if (disagreeing.length)
    throw new Error(
      `Routes whose table and contract disagree on whether anyone may call them: ${disagreeing.map((route) => route.id).join(', ')}`,
    );
  return found;
};

const examplesOf = (bilingual: Bilingual | undefined) =>
  bilingual &&
  Object.fromEntries(
    TEXT_LOCALES.map((locale) => [locale, { summary: LANGUAGE_NAMES[locale], value: bilingual[locale] }]),
  );

const problemResponseObject = (codes: readonly AnsweredCode[], examples: Record<string, unknown>) => ({
  description: codes.map((code) => PROBLEM_TEXTS[code]?.title.en ?? GATEWAY_TITLES.get(code) ?? code).join(' / '),
  content: {
    [PROBLEM_MEDIA_TYPE]: {
      schema: {
        allOf: [
          { $ref: '#/components/schemas/Problem' },
          { properties: { type: { enum: codes.map((code) => `${PROBLEM_TYPE_BASE}${code}`) } } },
        ],
      },
      ...(Object.keys(examples).length > 0 && { examples }),
    },
  },
});

/** A query's schema, told as one parameter per property, as OpenAPI has them. */
const queryParameters = (schema: JsonSchema) => {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(schema.required ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(description && { description }),
      schema: rest,
    };
  });
};

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ $ref: `#/components/parameters/${name}` }));

const ROLE_NAMES = {
  resident: 'residents',
  reviewer: 'reviewers',
  supervisor: 'supervisors',
  establishment: "establishments' staff",
} as const;

const operationOf = (
  route: Route,
  feature: string,
  contract: RouteContract,
  definitions: Record<string, v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>>,
  examples: ReturnType<typeof problemExamples>,
) => {
  const successHeaders = {
    ...(contract.success.location && { Location: { $ref: '#/components/headers/Location' } }),
    ...(contract.idempotent && { 'idempotent-replayed': { $ref: '#/components/headers/IdempotentReplayed' } }),
    'Content-Language': { $ref: '#/components/headers/ContentLanguage' },
  };
  const problems = [...routeProblems(route, contract)].map(([status, codes]) => [
    status,
    problemResponseObject(codes, examples.of(route, contract, status, codes)),
  ]);
  return {
    operationId: route.id,
    tags: [feature],
    summary: contract.summary,
    ...(contract.roles === ANYONE
      ? { description: `${contract.description}\n\nMay be called by anyone, without a token.`, security: [] }
      : {
          description: `${contract.description}\n\nMay be called by ${contract.roles.map((role) => ROLE_NAMES[role]).join(' or ')}.`,
          security: contract.roles.map((role) => ({ bearer: [role] })),
        }),
    parameters: [
      ...pathParameters(route.path),
      ...(contract.query ? queryParameters(jsonSchemaOf(contract.query, definitions)) : []),
      ...(contract.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
      { $ref: '#/components/parameters/AcceptLanguage' },
    ],
    ...(contract.body && {
      requestBody: {
        required: true,
        description: `JSON in UTF-8, at most ${contract.body.maxBytes} bytes (a larger body is 413): send characters as they are, since a \\u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused.`,
        content: {
          [JSON_MEDIA_TYPE]: {
            schema: jsonSchemaOf(contract.body.schema, definitions),
            ...(REQUEST_EXAMPLES[route.id] && { examples: examplesOf(REQUEST_EXAMPLES[route.id]) }),
          },
        },
      },
    }),
    responses: Object.fromEntries([
      [
        String(contract.success.status),
        {
          description: contract.success.description,
          headers: successHeaders,
          content: {
            [JSON_MEDIA_TYPE]: {
              schema: jsonSchemaOf(contract.success.schema, definitions),
              ...(RESPONSE_EXAMPLES[route.id] && { examples: examplesOf(RESPONSE_EXAMPLES[route.id]) }),
            },
          },
        },
      ],
      ...problems,
    ]),
  };
};

const ReferenceParameter = v.pipe(
  v.string(),
  v.maxLength(REFERENCE_INPUT_MAX_LENGTH),
  v.description(
    'The request number, e.g. `TW-7K3M-9QXD-2HPJ`, as a person may type it: any case, with or without `TW`, hyphens or spaces, O for zero and I or L for one. Its last symbol is a check: a mistyped number is 400 `invalid_reference`, not 404.',
  ),
  v.examples(['TW-7K3M-9QXD-2HPJ', 'tw 7k3m 9qxd 2hpj']),
);

/** The OpenAPI 3.1 document of the API: every route of the route table, from the schemas its handler validates with. */
export const openApiDocument = (routes: readonly Route[] = ROUTES, features = FEATURE_CONTRACTS) => {
  const contracts = contractsByRoute(routes, features);
  const roots = [
    ProblemDocumentSchema,
    ...[...contracts.values()].flatMap(({ contract }) => [
      contract.success.schema,
      ...(contract.query ? [contract.query] : []),
      ...(contract.body ? [contract.body.schema] : []),
    ]),
  ];
  const definitions = namedSchemas(roots);
  const paths: Record<string, Record<string, unknown>> = {};
  const examples = problemExamples();
  for (const route of routes) {
    const { feature, contract } = contracts.get(route.id) ?? {};
    if (!feature || !contract) throw new Error(`No contract for ${route.id}`);
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: operationOf(route, feature, contract, definitions, examples),
    };
  }
  const operations = Object.values(paths).flatMap((methods) => Object.values(methods)) as {
    responses: Record<string, unknown>;
  }[];
  const responses = shareRepeatedResponses(operations);
  return {
    openapi: '3.1.1',
    info: {
      title: 'Tawasul API',
      version: '1.0.0',
      summary: 'Inquiries, complaints and document reminders for foreign residents of Saudi Arabia.',
      description: DESCRIPTION,
      license: { name: 'Proprietary: the Passports directorate', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      // Relative: wherever this document was fetched from — npm start on any port, or a stage's /openapi.json.
      { url: '.', description: 'The API that served this document' },
      { url: 'http://127.0.0.1:3000', description: 'The local runtime (`npm start`; PORT moves it)' },
      {
        url: 'https://{restApiId}.execute-api.{region}.amazonaws.com/{stage}',
        description: 'A deployed stage (`npx cdk deploy` prints it as the output `ResidentApiEndpoint…`).',
        variables: {
          restApiId: { default: 'example', description: 'The REST API id of the stage.' },
          region: { default: 'me-south-1' },
          stage: { default: 'dev', description: 'The stage name given to `cdk deploy -c stage=…`.' },
        },
      },
    ],
    tags: Object.entries(features).map(([name, { description }]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(definitions),
      examples: examples.components(),
      responses,
      parameters: {
        reference: { name: 'reference', in: 'path', required: true, schema: jsonSchemaOf(ReferenceParameter, {}) },
        attachmentId: {
          name: 'attachmentId',
          in: 'path',
          required: true,
          description: 'The attachment, as the API named it; any other value is 404.',
          schema: { type: 'string', pattern: ATTACHMENT_ID.source },
        },
        iqamaNumber: {
          name: 'iqamaNumber',
          in: 'path',
          required: true,
          description:
            "The employee's iqama number; one who is not the caller's establishment's employee now, or any other value, is 404.",
          schema: { type: 'string', pattern: '^2[0-9]{9}$' },
        },
        bulkRequestId: {
          name: 'bulkRequestId',
          in: 'path',
          required: true,
          description: "The bulk request, as the API named it; another establishment's, or any other value, is 404.",
          schema: { type: 'string', format: 'uuid' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.',
          schema: jsonSchemaOf(IdempotencyKey, {}),
          example: '6f1d2c3b-retry-1',
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: `ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first ${ACCEPT_LANGUAGE_READ_LENGTH} characters are read.`,
          schema: { type: 'string' },
          example: 'en;q=0.9, ar;q=0.8',
        },
      },
      headers: {
        Location: {
          description:
            'Where what was created can be read: a path of this API as the request addressed it (on a stage’s own address, the stage comes first).',
          required: true,
          schema: { type: 'string', format: 'uri-reference' },
        },
        IdempotentReplayed: {
          description: 'Present and `true` when the answer repeats the one given to the first request with this key.',
          schema: { type: 'string', enum: ['true'] },
        },
        ContentLanguage: {
          description: 'The language of the texts in the answer.',
          required: true,
          schema: { type: 'string', enum: [...TEXT_LOCALES] },
        },
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "The ID token of the user pool (Cognito), which residents reach through the national identity provider (Nafath) and reviewers through the directorate's sign-in. Residents carry `custom:iqamaNumber`; reviewers are in the `reviewers` group with `custom:sections`; supervisors, who read the statistics of every section, are in the `supervisors` group; establishments' staff are in the `establishments` group with their establishment's unified number in `custom:establishmentId`. Residents also carry a verified Saudi mobile number (`phone_number`), without which they are refused (403). The scope named in each operation's security requirement is the role it needs. Locally, `POST /local/tokens` issues one.",
        },
      },
    },
  };
};
