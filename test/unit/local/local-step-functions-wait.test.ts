import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStepFunctions } from '../../../lib/local/local-step-functions.js';
import { VirtualClock } from '../../../lib/local/virtual-clock.js';

const SEND = 'arn:aws:lambda:me-central-1:000000000000:function:Send';
/** A Wait state until the input's timestamp, then a task: the shape of the review workflow's hold for the morning. */
const HOLD_THEN_SEND = {
  StartAt: 'Hold',
  States: {
    Hold: { Type: 'Wait', TimestampPath: '$.until', Next: 'Send' },
    Send: { Type: 'Task', Resource: SEND, End: true },
  },
};

describe('Wait states in the local Step Functions engine', () => {
  let dir: string;
  let clock: VirtualClock;
  let sent: { at: number; input: unknown }[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-sfn-wait-'));
    clock = new VirtualClock(join(dir, 'clock.json'));
    sent = [];
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const engineFor = (definition: { StartAt: string; States: Record<string, Record<string, unknown>> }) =>
    new LocalStepFunctions({
      definition,
      invoke: async (_arn, payload) => {
        sent.push({ at: clock.now().getTime(), input: payload });
        return { ok: true };
      },
      clock,
    });

  it('when a Wait state holds until a timestamp, the next state runs when the virtual clock reaches it, with the input untouched, in two transitions', async () => {
    // Prepare
    const engine = engineFor(HOLD_THEN_SEND);
    const until = new Date(clock.now().getTime() + 9 * 3_600_000);
    const input = { reference: 'TW-2026-000001', until: `${until.toISOString().slice(0, 19)}Z` };
    const untilSecond = Date.parse(input.until);
    // Act
    engine.start('held', input);
    await engine.settled();
    const whileHeld = sent.length;
    await engine.advanceTo(new Date(untilSecond - 1000));
    const justBefore = sent.length;
    await engine.advanceTo(new Date(untilSecond + 3_600_000));
    // Assess
    expect([whileHeld, justBefore]).toEqual([0, 0]);
    expect(sent).toEqual([{ at: expect.any(Number), input }]);
    expect(Math.floor((sent[0]!.at - untilSecond) / 1000)).toBe(0);
    expect(engine.describe('held')).toEqual({ status: 'SUCCEEDED', transitions: 2 });
  });

  it('when the timestamp has already passed, the next state runs at once', async () => {
    // Prepare
    const engine = engineFor(HOLD_THEN_SEND);
    // Act
    const output = await engine.execute('late', { until: '2020-01-01T00:00:00Z' });
    // Assess
    expect(output).toEqual({ ok: true });
    expect(sent).toHaveLength(1);
  });

  it('when the timestamp is not one, the execution fails and nothing is sent', async () => {
    // Prepare
    const engine = engineFor(HOLD_THEN_SEND);
    // Act
    const run = engine.execute('bad', { until: 'tomorrow morning' });
    // Assess
    await expect(run).rejects.toThrow();
    expect(engine.describe('bad')?.status).toBe('FAILED');
    expect(sent).toEqual([]);
  });

  it('when a Wait state waits a number of seconds rather than until a timestamp, the engine refuses the definition', () => {
    // Prepare
    const definition = {
      StartAt: 'Pause',
      States: { Pause: { Type: 'Wait', Seconds: 60, Next: 'Send' }, Send: { Type: 'Task', Resource: SEND, End: true } },
    };
    // Act
    const build = () => engineFor(definition);
    // Assess
    expect(build).toThrow(/timestamp path/);
  });
});
