import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFaults } from '../../../lib/local/local-faults.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';

describe('/local/faults', () => {
  const faults = new LocalFaults();
  let server: BareLocalServer;

  beforeAll(async () => {
    server = await bareLocalServer({ faults });
  });

  afterAll(async () => {
    await server.close();
  });

  const post = (body: unknown) =>
    fetch(`${server.base}/local/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('when starts are refused and accepted again, each answer and GET show the faults now in force', async () => {
    // Act
    const refused = await post({ startExecution: 'refuse' });
    const whileRefused = faults.current();
    const read = await fetch(`${server.base}/local/faults`);
    const accepted = await post({ startExecution: 'accept' });
    // Assess
    expect([refused.status, await refused.json()]).toEqual([200, { startExecution: 'refuse' }]);
    expect(whileRefused).toEqual({ startExecution: 'refuse' });
    expect([read.status, await read.json()]).toEqual([200, { startExecution: 'refuse' }]);
    expect([accepted.status, await accepted.json()]).toEqual([200, { startExecution: 'accept' }]);
    expect(faults.current()).toEqual({ startExecution: 'accept' });
  });

  it.each([
    ['an unknown fault', { sendTaskSuccess: 'refuse' }],
    ['an unknown setting', { startExecution: 'sometimes' }],
  ])('when the body names %s, it answers a 400 problem and changes nothing', async (_, body) => {
    // Act
    const response = await post(body);
    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(faults.current()).toEqual({ startExecution: 'accept' });
  });
});
