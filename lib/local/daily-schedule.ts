import { DAY_MS, RIYADH_OFFSET_MS } from '../../functions/domain/shared/calendar-date.js';
import type { SynthesizedSystem } from './synthesized-templates.js';

/** Riyadh keeps UTC+3 all year; the only time zone the deployed schedules use. */
const TIME_ZONE_OFFSETS_MS: Record<string, number> = { 'Asia/Riyadh': RIYADH_OFFSET_MS };
const DAILY_CRON = /^cron\((\d{1,2}) (\d{1,2}) \* \* \? \*\)$/;

/** A schedule that fires once a day at a fixed local time, as the synthesized template declares it. */
export interface DailySchedule {
  /** Minutes after local midnight. */
  minuteOfDay: number;
  offsetMs: number;
}

/** What a schedule's target ARN is in the template: a state machine's `Ref`, or a function's `Fn::GetAtt [id, Arn]`. */
const targetLogicalId = (arn: unknown): string | undefined => {
  const { Ref, 'Fn::GetAtt': getAtt } = (arn ?? {}) as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  if (Ref) return Ref;
  return getAtt?.[1] === 'Arn' ? getAtt[0] : undefined;
};

/** The daily schedule whose target is the state machine or function at `targetId` (its logical id). */
export const dailyScheduleOf = (system: SynthesizedSystem, targetId: string): DailySchedule => {
  const schedule = Object.values(system.serviceTemplate.Resources).find(
    (r) =>
      r.Type === 'AWS::Scheduler::Schedule' &&
      targetLogicalId((r.Properties?.Target as { Arn?: unknown })?.Arn) === targetId,
  );
  if (!schedule) throw new Error(`The synthesized service stack schedules nothing to run ${targetId}`);
  const expression = String(schedule.Properties!.ScheduleExpression);
  const zone = String(schedule.Properties!.ScheduleExpressionTimezone ?? 'UTC');
  const match = DAILY_CRON.exec(expression);
  const offsetMs = zone === 'UTC' ? 0 : TIME_ZONE_OFFSETS_MS[zone];
  if (!match || offsetMs === undefined)
    throw new Error(`The local runtime cannot run the schedule ${expression} in ${zone}`);
  return { minuteOfDay: Number(match[2]) * 60 + Number(match[1]), offsetMs };
};

/** Every instant the schedule fires after `from` and up to `to`, in order. */
export const firingsBetween = (schedule: DailySchedule, from: Date, to: Date): Date[] => {
  const localMidnight = Math.floor((from.getTime() + schedule.offsetMs) / DAY_MS) * DAY_MS - schedule.offsetMs;
  const firings: Date[] = [];
  for (let at = localMidnight + schedule.minuteOfDay * 60_000; at <= to.getTime(); at += DAY_MS) {
    if (at > from.getTime()) firings.push(new Date(at));
  }
  return firings;
};
