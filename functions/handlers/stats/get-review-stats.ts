import type { Staff } from '../../domain/inquiries/caller.js';
import { SECTION_CODES, type Section } from '../../domain/inquiries/categories.js';
import { ValidationFailed } from '../../domain/shared/errors.js';
import type { StatsReader } from '../../domain/stats/ports.js';
import { readReviewStats } from '../../domain/stats/read-review-stats.js';
import { staffOf } from '../../http/identity.js';
import { HttpRequestError } from '../../http/request-errors.js';
import { contractQuery, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { statsStore } from '../../runtime/stats.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.GetReviewStats;

/**
 * The sections a request reads: the one asked for, if the caller may see it; else every section
 * for a supervisor, or a reviewer's only one.
 */
const sectionsRead = (staff: Staff, asked: Section | undefined): Section[] => {
  if (staff.kind === 'supervisor') return asked ? [asked] : SECTION_CODES;
  const { sections } = staff.reviewer;
  if (asked === undefined) {
    if (sections.length === 1) return sections;
    throw new ValidationFailed([{ pointer: '/query/section', code: 'required' }]);
  }
  if (!sections.includes(asked)) throw new HttpRequestError('forbidden', 'Not a section of this reviewer');
  return [asked];
};

/** The directorate's statistics of a window: for reviewers of a section, and for supervisors. */
export const createHandler = (deps: { stats: StatsReader; clock: () => Date }) =>
  apiFunction(async (event) => {
    const staff = staffOf(event);
    const { section, ...window } = contractQuery(contract, event);
    const sections = sectionsRead(staff, section);
    const stats = await readReviewStats(deps, { sections, ...window });
    return success(contract, { section: sections.length === 1 ? (sections[0] ?? null) : null, ...stats });
  });

export const handler = createHandler({ stats: statsStore(), clock });
