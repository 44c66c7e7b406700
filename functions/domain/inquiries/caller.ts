import type { Resident } from '../residents/resident.js';
import type { Section } from './categories.js';
import type { Inquiry } from './inquiry.js';
import { isOwnedBy } from './inquiry-owner.js';

export interface Reviewer {
  id: string;
  sections: Section[];
}

/** The directorate's staff: a reviewer of some sections, or a supervisor, who oversees every section. */
export type Staff = { kind: 'reviewer'; reviewer: Reviewer } | { kind: 'supervisor'; id: string };

/** Whoever the verified token names: a resident, or a reviewer of some sections. */
export type Caller = { kind: 'resident'; resident: Resident } | { kind: 'reviewer'; reviewer: Reviewer };

/**
 * Residents see their own inquiries, and those an establishment filed for them; reviewers see those
 * of their sections. Nobody else sees any.
 */
export const mayRead = (caller: Caller, inquiry: Inquiry): boolean =>
  caller.kind === 'resident' ? isOwnedBy(inquiry, caller.resident) : caller.reviewer.sections.includes(inquiry.section);
