import type { Schema } from '../shared/api/api-client.js';
import type { Period } from './stats-query.js';

type Group = Schema<'StatsGroup'>;

/** One point of the volumes over time: counts, which add up across days. */
export interface VolumePoint {
  /** The day, the week's Sunday, or the month (`YYYY-MM`). */
  key: string;
  submitted: number;
  decided: number;
  slaBreaches: number;
}

const pointOf = (group: Group, key = group.key): VolumePoint => ({
  key,
  submitted: group.submitted,
  decided: group.decided.accepted + group.decided.rejected,
  slaBreaches: group.slaBreaches,
});

/**
 * The volumes over time, in order: the API's days or weeks as they are; months added up from the
 * days (counts add up; percentiles would not, so none are shown per month).
 */
export const volumesOverTime = (groups: readonly Group[], period: Period): VolumePoint[] => {
  const points = [...groups].sort((a, b) => a.key.localeCompare(b.key));
  if (period !== 'month') return points.map((group) => pointOf(group));
  const months = new Map<string, VolumePoint>();
  for (const group of points) {
    const key = group.key.slice(0, 7);
    const day = pointOf(group, key);
    const month = months.get(key);
    months.set(
      key,
      month
        ? {
            key,
            submitted: month.submitted + day.submitted,
            decided: month.decided + day.decided,
            slaBreaches: month.slaBreaches + day.slaBreaches,
          }
        : day,
    );
  }
  return [...months.values()];
};

/** The API's cut for a period: a month is read per day and added up here. */
export const groupByOf = (period: Period): 'day' | 'week' => (period === 'week' ? 'week' : 'day');

export interface SectionVolumes {
  section: string;
  submitted: number;
  decided: number;
  slaBreaches: number;
}

/**
 * The volumes per section, added up from the request types' (each type belongs to one section):
 * the sections with any activity, the busiest first.
 */
export const volumesBySection = (
  groups: readonly Group[],
  sectionOf: ReadonlyMap<string, string>,
): SectionVolumes[] => {
  const sections = new Map<string, SectionVolumes>();
  for (const group of groups) {
    const section = sectionOf.get(group.key);
    if (!section) continue;
    const known = sections.get(section) ?? { section, submitted: 0, decided: 0, slaBreaches: 0 };
    const point = pointOf(group);
    sections.set(section, {
      section,
      submitted: known.submitted + point.submitted,
      decided: known.decided + point.decided,
      slaBreaches: known.slaBreaches + point.slaBreaches,
    });
  }
  return [...sections.values()]
    .filter((volumes) => volumes.submitted + volumes.decided + volumes.slaBreaches > 0)
    .sort((a, b) => b.submitted - a.submitted || a.section.localeCompare(b.section));
};
