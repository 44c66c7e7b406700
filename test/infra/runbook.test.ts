import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/aws/app.js';
import { PROJECT_ROOT, projectContext } from '../../lib/aws/project-context.js';

const outdirs: string[] = [];
afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

/** Every alarm a deployment of `stage` creates, by its construct path below its stack (`ReminderSweep/SweepFailed`). */
const alarmsOf = (stage: string): string[] => {
  const outdir = mkdtempSync(join(tmpdir(), 'tawasul-runbook-'));
  outdirs.push(outdir);
  const { data, service } = buildApp({ outdir, context: projectContext({ stage, 'aws:cdk:bundling-stacks': [] }) });
  return [data, service]
    .flatMap((stack) => stack.node.findAll())
    .filter((construct) => construct instanceof cloudwatch.AlarmBase)
    .map((alarm) => alarm.node.path.split('/').slice(1).join('/'))
    .sort();
};

/**
 * The alarms the README's runbook names, from the first column of its table: `A/B`, and `…/C`
 * for a sibling of the name before it.
 */
const runbookAlarms = (readme: string): string[] => {
  const section = readme.split(/^## Runbook$/m)[1]?.split(/^## /m)[0] ?? '';
  const names: string[] = [];
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    for (const [, name] of row.split('|')[1]!.matchAll(/`([^`]+)`/g)) {
      const previous = names.at(-1) ?? '';
      names.push(name!.startsWith('…/') ? `${previous.slice(0, previous.lastIndexOf('/'))}/${name!.slice(2)}` : name!);
    }
  }
  return names.sort();
};

describe('The runbook', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

  it('when the README is read, its runbook lists alarms, siblings written as …/Name', () => {
    // Act
    const names = runbookAlarms(readme);
    // Assess
    expect(names).toContain('ReminderSweep/SweepFailed');
    expect(names).toContain('ReminderSweep/BatchesFailed');
    expect(names.every((name) => /^[A-Za-z]+(\/[A-Za-z]+)+$/.test(name))).toBe(true);
  });

  it.each(['dev', 'prod'])(
    'when the %s stage is synthesized, every alarm it creates has its runbook entry, and every entry names an alarm it creates',
    (stage) => {
      // Act
      const alarms = alarmsOf(stage);
      // Assess
      expect(alarms.length).toBeGreaterThan(10);
      expect(runbookAlarms(readme)).toEqual(alarms);
    },
  );
});
