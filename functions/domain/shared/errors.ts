/**
 * Errors the domain raises. Each keeps its `cause`; the HTTP layer decides what a caller sees,
 * so nothing here is ever serialized as it is.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  /** Where the problem is, as a JSON Pointer into the request (`/description`, `/query/cursor`). */
  pointer: string;
  code: string;
  /** Values the localized message needs, e.g. `{ minimum: 10 }`. */
  params?: Record<string, string | number>;
}

export class ValidationFailed extends DomainError {
  readonly code = 'validation-failed';

  constructor(
    readonly issues: FieldIssue[],
    options?: ErrorOptions,
  ) {
    super(`Request failed validation at ${issues.map((i) => i.pointer).join(', ')}`, options);
  }
}

/** Not found, or not the caller's: the two are indistinguishable on purpose. */
export class InquiryNotFound extends DomainError {
  readonly code = 'inquiry-not-found';
}

export class IdempotencyKeyReused extends DomainError {
  readonly code = 'idempotency-key-reused';
}

/**
 * A keyed change found its key already claimed, so nothing was written. Never answered as it is:
 * the idempotency runner reads the claim and replays, or refuses the key as reused.
 */
export class IdempotencyClaimTaken extends DomainError {
  readonly code = 'idempotency-claim-taken';
}

/** A generated reference was already taken; the caller draws another. */
export class ReferenceTaken extends DomainError {
  readonly code = 'reference-taken';
}

export class AttachmentNotFound extends DomainError {
  readonly code = 'attachment-not-found';
}

export class AttachmentLimitReached extends DomainError {
  readonly code = 'attachment-limit-reached';
}

export class AttachmentTooLarge extends DomainError {
  readonly code = 'attachment-too-large';
}

/** Someone else changed the same record at the same moment; the caller may simply retry. */
export class ConcurrentChange extends DomainError {
  readonly code = 'concurrent-change';
}

export type TransitionRefusal =
  | 'transition-not-allowed'
  | 'second-reviewer-required'
  | 'appeal-window-closed'
  | 'rating-window-closed'
  | 'already-rated';

/** The request does not fit the inquiry's current state (a decision on a closed case, a second rating…). */
export class TransitionNotAllowed extends DomainError {
  constructor(
    readonly code: TransitionRefusal,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** An SMS certainly was not sent (throttled, refused before delivery); the message never names the number. */
export class SmsNotSent extends DomainError {
  readonly code = 'sms-not-sent';
}

/** An SMS may or may not have been sent (a timeout, a server fault); the message never names the number. */
export class SmsOutcomeUnknown extends DomainError {
  readonly code = 'sms-outcome-unknown';
}

/** The resident holds no dependent with this identifier (or it is someone else's): 404 either way. */
export class DependentNotFound extends DomainError {
  readonly code = 'dependent-not-found';
}

/** No employee of the caller's establishment holds this number (a former one, another's, no one): 404 every time. */
export class EmployeeNotFound extends DomainError {
  readonly code = 'employee-not-found';
}

/** No bulk request of the caller's establishment has this id (another's, an expired one): 404 every time. */
export class BulkRequestNotFound extends DomainError {
  readonly code = 'bulk-request-not-found';
}

/** The resident recorded a passport valid for longer than the one their establishment sends: theirs stays (409). */
export class NewerPassportHeld extends DomainError {
  readonly code = 'newer-passport-held';
}

/** The review workflow could not be asked to start an inquiry's review (throttled, unavailable); asking again is safe. */
export class ReviewStartFailed extends DomainError {
  readonly code = 'review-start-failed';
}
