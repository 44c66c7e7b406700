import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_AWS } from '../../../lib/local/dynamodb-local.js';
import { LocalFaults } from '../../../lib/local/local-faults.js';
import { LocalStepFunctions } from '../../../lib/local/local-step-functions.js';
import { startStepFunctionsEndpoint } from '../../../lib/local/step-functions-endpoint.js';
import { VirtualClock } from '../../../lib/local/virtual-clock.js';

const MACHINE = 'ReviewStateMachine';
const DEFINITION = { StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } };

describe('the local Step Functions endpoint, through the SDK client the handlers use', () => {
  let dir: string;
  const servers: Server[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-sfn-endpoint-'));
  });

  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** An engine over the journal in `dir`, as one run of the local runtime makes it, and a client of its endpoint. */
  const startRun = async (faults = new LocalFaults()) => {
    const engine = new LocalStepFunctions({
      definition: DEFINITION,
      invoke: async () => ({}),
      clock: new VirtualClock(join(dir, 'clock.json')),
      journalFile: join(dir, 'review-executions.json'),
    });
    const { endpoint, server } = await startStepFunctionsEndpoint(engine, MACHINE, faults);
    servers.push(server);
    const client = new SFNClient({ endpoint, ...LOCAL_AWS });
    const start = (name: string) =>
      client.send(
        new StartExecutionCommand({ stateMachineArn: MACHINE, name, input: JSON.stringify({ reference: name }) }),
      );
    return { engine, start };
  };

  it('when an execution ended before a restart, starting its name again is refused with ExecutionAlreadyExists', async () => {
    // Prepare
    const before = await startRun();
    await before.start('TW-2026-000001');
    await before.engine.settled();
    const after = await startRun();
    // Act
    const repeated = after.start('TW-2026-000001');
    // Assess
    await expect(repeated).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    await expect(after.start('TW-2026-000002')).resolves.toMatchObject({ executionArn: /TW-2026-000002$/ });
  });

  it('when starts are refused, the SDK retries as for an unavailable service and then raises ServiceUnavailable; accepted again, the same name starts', async () => {
    // Prepare
    const faults = new LocalFaults();
    const { engine, start } = await startRun(faults);
    faults.apply({ startExecution: 'refuse' });
    // Act
    const refused = await start('TW-2026-000003').catch((error: unknown) => error);
    faults.apply({ startExecution: 'accept' });
    const accepted = await start('TW-2026-000003');
    // Assess
    expect(refused).toMatchObject({
      name: 'ServiceUnavailable',
      $fault: 'server',
      $metadata: { httpStatusCode: 503, attempts: 3 },
    });
    expect(accepted.executionArn).toMatch(/TW-2026-000003$/);
    await engine.settled();
    expect(engine.describe('TW-2026-000003')?.status).toBe('SUCCEEDED');
  });
});
