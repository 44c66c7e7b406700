import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyResult } from 'aws-lambda';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../functions/domain/shared/errors.js';
import { createHandler as createGet } from '../../../functions/handlers/inquiries/get-inquiry.js';
import { createHandler as createList } from '../../../functions/handlers/inquiries/list-inquiries.js';
import { createHandler as createSubmit } from '../../../functions/handlers/inquiries/submit-inquiry.js';
import { createPutHandler } from '../../../functions/handlers/residents/preferences-handlers.js';
import { parseRegisterLine } from '../../../functions/handlers/residents/register-line.js';
import { createHandler as createPassport } from '../../../functions/handlers/residents/update-passport.js';
import { header, json } from '../../../functions/http/api-event.js';
import { problem, statusOf } from '../../../functions/http/problem.js';
import { parseInput } from '../../../functions/http/validation.js';
import { apiFunction } from '../../../functions/runtime/api-function.js';
import { TokenRequest } from '../../../lib/local/token-request.js';
import { apiEvent, bodyOf, jsonEvent, lambdaContext } from '../../support/api-events.js';
import { aResidentRegisterLine } from '../../support/documents.js';
import { HOSTILE_NAMES } from '../../support/hostile-input.js';
import { InMemoryInquiryRepository } from '../../support/in-memory-inquiry-repository.js';
import { InMemoryMessageLog } from '../../support/in-memory-message-log.js';
import { InMemoryDocumentRegister } from '../../support/in-memory-reminders.js';
import { submissionDeps } from '../../support/submission-deps.js';

const VALID = { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' };
const clock = () => new Date('2026-11-22T06:00:00Z');

/** A JSON body text that sets `name` as a key, written out: JSON.stringify would drop a __proto__ key. */
const bodyWithKey = (name: string, fields: Record<string, unknown>) =>
  `{"${name}":{"polluted":true},${JSON.stringify(fields).slice(1)}`;

const pointersOf = (result: APIGatewayProxyResult) =>
  (bodyOf(result).errors as { pointer: string; code: string }[]).map((e) => `${e.pointer} ${e.code}`);

describe('hostile names', () => {
  afterEach(() => {
    // No test may leave Object.prototype changed: that would be the pollution itself.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it.each(HOSTILE_NAMES)('when a header is named %s, the route sees it as one more header', async (name) => {
    // Prepare
    const seen: Record<string, unknown>[] = [];
    const route = apiFunction(
      async (event) => {
        seen.push(event.headers);
        return json(200, { accept: header(event, 'accept-language') });
      },
      { logger: new Logger({ logLevel: 'SILENT' }) },
    );
    // Act
    const result = await route(
      apiEvent({ headers: { [name.toUpperCase()]: 'x', 'Accept-Language': 'en' } }),
      lambdaContext,
    );
    // Assess
    expect(result.statusCode).toBe(200);
    expect(Object.getOwnPropertyDescriptor(seen[0], name.toLowerCase())?.value).toBe('x');
    expect(bodyOf(result).accept).toBe('en');
  });

  it.each(HOSTILE_NAMES)(
    'when a request has no header %s, reading it gives nothing, not what objects inherit',
    (name) => {
      expect(header(apiEvent({}), name)).toBeUndefined();
    },
  );

  it.each(HOSTILE_NAMES)(
    'when a query parameter is named %s, the list refuses it as an unknown field',
    async (name) => {
      // Act
      const result = await createList({ inquiries: new InMemoryInquiryRepository() })(
        apiEvent({ query: { [name]: '1' } }),
        lambdaContext,
      );
      // Assess
      expect(result.statusCode).toBe(400);
      expect(pointersOf(result)).toEqual([`/query/${name} unknown_field`]);
    },
  );

  it.each(HOSTILE_NAMES)(
    'when a submission’s body has a key %s, it is refused as an unknown field and nothing is stored',
    async (name) => {
      // Prepare
      const deps = submissionDeps(clock);
      const { inquiries, workflow } = deps;
      const submit = createSubmit(deps);
      // Act
      const result = await submit(jsonEvent(bodyWithKey(name, VALID)), lambdaContext);
      // Assess
      expect(result.statusCode).toBe(400);
      expect(pointersOf(result)).toEqual([`/${name} unknown_field`]);
      expect(inquiries.inquiries.size).toBe(0);
      expect(workflow.started).toEqual([]);
    },
  );

  it.each(HOSTILE_NAMES)(
    'when a passport or preferences body has a key %s, it is refused and nothing is saved',
    async (name) => {
      // Prepare
      const register = new InMemoryDocumentRegister();
      const passport = { passportNumber: 'P1234567', issueDate: '2020-01-01', expiryDate: '2030-01-01' };
      // Act
      const passportResult = await createPassport({ register, claims: register.claims, clock })(
        jsonEvent(bodyWithKey(name, passport), { method: 'PUT' }),
        lambdaContext,
      );
      const preferencesResult = await createPutHandler({ register, claims: register.claims, clock })(
        jsonEvent(bodyWithKey(name, { locale: 'en', smsReminders: false }), { method: 'PUT' }),
        lambdaContext,
      );
      // Assess
      expect(passportResult.statusCode).toBe(400);
      expect(pointersOf(passportResult)).toEqual([`/${name} unknown_field`]);
      expect(preferencesResult.statusCode).toBe(400);
      expect(pointersOf(preferencesResult)).toEqual([`/${name} unknown_field`]);
      expect(register.savedProfiles.filter((profile) => profile.smsReminders === false)).toEqual([]);
      expect([...(await register.documentsOf('2000000006'))]).toEqual([]);
    },
  );

  it.each(HOSTILE_NAMES)(
    'when the reference in the path is %s, it is an invalid reference, not a lookup',
    async (name) => {
      // Act
      const result = await createGet({
        inquiries: new InMemoryInquiryRepository(),
        messages: new InMemoryMessageLog(),
        clock: () => new Date('2026-12-02T00:00:00Z'),
      })(apiEvent({ pathParameters: { reference: name } }), lambdaContext);
      // Assess
      expect(result.statusCode).toBe(400);
      expect(pointersOf(result)).toEqual(['/path/reference invalid_reference']);
    },
  );

  it.each(HOSTILE_NAMES)('when a local token request has a key %s, it is refused as an unknown field', (name) => {
    // Prepare
    const request = JSON.parse(
      bodyWithKey(name, { role: 'resident', iqamaNumber: '2000000006', phone: '+966500000001' }),
    );
    // Act
    const attempt = () => parseInput(TokenRequest, request);
    // Assess
    expect(attempt).toThrow(ValidationFailed);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationFailed).issues).toEqual([{ pointer: `/${name}`, code: 'unknown_field' }]);
    }
  });

  it.each(HOSTILE_NAMES)(
    'when a register line has a key %s, at the top or in the holder, the line is rejected as an unknown field',
    (name) => {
      // Prepare
      const record = aResidentRegisterLine();
      const nested = `{"holder":{"kind":"RESIDENT","${name}":{"polluted":true}},${JSON.stringify({ ...record, holder: undefined }).slice(1)}`;
      // Act
      const top = parseRegisterLine(bodyWithKey(name, record), 1);
      const inHolder = parseRegisterLine(nested, 2);
      // Assess
      expect(top).toEqual({ line: 1, issues: [{ pointer: `/${name}`, code: 'unknown_field' }] });
      expect(inHolder).toEqual({
        line: 2,
        issues: [expect.objectContaining({ pointer: `/holder/${name}`, code: 'unknown_field' })],
      });
    },
  );

  it.each(HOSTILE_NAMES)(
    'when a schema field named %s is missing, it is reported as required, not as the inherited value',
    (name) => {
      // Act
      const attempt = () => parseInput(v.strictObject({ [name]: v.string() }), {});
      // Assess
      try {
        attempt();
        expect.unreachable();
      } catch (error) {
        expect((error as ValidationFailed).issues).toEqual([{ pointer: `/${name}`, code: 'required' }]);
      }
    },
  );

  it.each(HOSTILE_NAMES)(
    'when a problem code %s is not one of ours, it reads as the internal problem with no status of its own',
    (name) => {
      expect(statusOf(name)).toBeUndefined();
      expect(problem(name, 500, 'en')).toMatchObject({ title: 'Internal error', status: 500 });
    },
  );
});
