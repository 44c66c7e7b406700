import { describe, expect, it } from 'vitest';
import { dailyScheduleOf, firingsBetween } from '../../../lib/local/daily-schedule.js';
import type { CfnResource, SynthesizedSystem } from '../../../lib/local/synthesized-templates.js';

const schedule = (arn: unknown, expression = 'cron(0 3 * * ? *)', zone = 'Asia/Riyadh'): CfnResource => ({
  Type: 'AWS::Scheduler::Schedule',
  Properties: { ScheduleExpression: expression, ScheduleExpressionTimezone: zone, Target: { Arn: arn } },
});
const systemWith = (resources: Record<string, CfnResource>): SynthesizedSystem => ({
  dataTemplate: { Resources: {} },
  serviceTemplate: { Resources: resources },
  serviceStackName: 'Test-Service',
});

describe('dailyScheduleOf', () => {
  it('when the schedule targets a state machine by its Ref, it reads its time of day in Riyadh', () => {
    // Prepare
    const system = systemWith({ Sweep: schedule({ Ref: 'SweepMachine' }, 'cron(30 9 * * ? *)') });
    // Act
    const daily = dailyScheduleOf(system, 'SweepMachine');
    // Assess
    expect(daily).toEqual({ minuteOfDay: 9 * 60 + 30, offsetMs: 3 * 60 * 60 * 1000 });
  });

  it("when the schedule targets a function by its Arn attribute, it is that function's schedule", () => {
    // Prepare
    const system = systemWith({
      Other: schedule({ Ref: 'SweepMachine' }, 'cron(30 9 * * ? *)'),
      Reconcile: schedule({ 'Fn::GetAtt': ['ReconcileFunction', 'Arn'] }),
    });
    // Act
    const daily = dailyScheduleOf(system, 'ReconcileFunction');
    // Assess
    expect(firingsBetween(daily, new Date('2026-11-30T23:00:00Z'), new Date('2026-12-02T23:59:00Z'))).toEqual([
      new Date('2026-12-01T00:00:00Z'),
      new Date('2026-12-02T00:00:00Z'),
    ]);
  });

  it('when nothing schedules the target, or only another attribute of it, it fails naming the target', () => {
    // Prepare
    const system = systemWith({ Odd: schedule({ 'Fn::GetAtt': ['ReconcileFunction', 'RoleArn'] }) });
    // Act
    const reading = () => dailyScheduleOf(system, 'ReconcileFunction');
    // Assess
    expect(reading).toThrow('schedules nothing to run ReconcileFunction');
  });

  it('when the expression is not a daily cron the local runtime can run, it fails rather than guess', () => {
    // Prepare
    const system = systemWith({ Hourly: schedule({ Ref: 'SweepMachine' }, 'rate(1 hour)') });
    // Act
    const reading = () => dailyScheduleOf(system, 'SweepMachine');
    // Assess
    expect(reading).toThrow('cannot run the schedule rate(1 hour) in Asia/Riyadh');
  });
});
