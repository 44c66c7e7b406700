import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../functions/contract/routes.js';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from '../../../lib/openapi/examples.js';
import { FEATURE_CONTRACTS } from '../../../lib/openapi/openapi-document.js';

const contracts = Object.fromEntries(
  Object.values(FEATURE_CONTRACTS).flatMap(({ contracts }) => Object.entries(contracts)),
);

describe('the examples of the contract', () => {
  it('when every route is looked up, each has an answer example in Arabic and in English, and each with a body a request example', () => {
    // Prepare, Act
    const missing = ROUTES.flatMap((route) => [
      ...(RESPONSE_EXAMPLES[route.id] ? [] : [`${route.id}: answer`]),
      ...(contracts[route.id]?.body && !REQUEST_EXAMPLES[route.id] ? [`${route.id}: request`] : []),
    ]);

    // Assess
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(RESPONSE_EXAMPLES))(
    'when the %s answer examples are parsed with the route’s own schema, they pass',
    (id, examples) => {
      // Prepare
      const schema = contracts[id]?.success.schema;

      // Act, Assess
      expect(schema, id).toBeDefined();
      for (const example of Object.values(examples))
        expect(v.safeParse(schema as v.GenericSchema, example).issues).toBeUndefined();
    },
  );

  it.each(Object.entries(REQUEST_EXAMPLES))(
    'when the %s request examples are parsed as the handler parses its body, they pass',
    (id, examples) => {
      // Prepare
      const schema = contracts[id]?.body?.schema;

      // Act, Assess
      expect(schema, id).toBeDefined();
      for (const example of Object.values(examples))
        expect(v.safeParse(schema as v.GenericSchema, example).issues).toBeUndefined();
    },
  );

  it('when the Arabic examples of free text are read, they are written in Arabic', () => {
    // Prepare, Act
    const arabic = /[\u0600-\u06FF]/;

    // Assess
    expect(JSON.stringify(REQUEST_EXAMPLES.SubmitInquiry?.ar)).toMatch(arabic);
    expect(JSON.stringify(REQUEST_EXAMPLES.SubmitInquiry?.en)).not.toMatch(arabic);
    expect(JSON.stringify(RESPONSE_EXAMPLES.GetInquiry?.ar)).toMatch(arabic);
  });
});
