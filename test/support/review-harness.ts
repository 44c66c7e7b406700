import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { constructPath, SERVICE_CONSTRUCTS } from '../../functions/contract/construct-ids.js';
import { SERVICE_NAME } from '../../functions/contract/service-name.js';
import { REVIEW_TASKS } from '../../functions/contract/triggers.js';
import type { Reviewer } from '../../functions/domain/inquiries/caller.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { submitInquiry } from '../../functions/domain/inquiries/submit-inquiry.js';
import type { Resident } from '../../functions/domain/residents/resident.js';
import { appealInquiry } from '../../functions/domain/review/appeal-inquiry.js';
import { decideInquiry } from '../../functions/domain/review/decide-inquiry.js';
import { rateInquiry } from '../../functions/domain/review/rate-inquiry.js';
import { replyToInquiry } from '../../functions/domain/review/reply-to-inquiry.js';
import type { ReviewDecision } from '../../functions/domain/review/transitions.js';
import { WorkingCalendar } from '../../functions/domain/shared/working-calendar.js';
import type { ReceiptStatus } from '../../functions/domain/sms/message-record.js';
import { createHandler as createAwait } from '../../functions/handlers/review/await-next.js';
import { createHandler as createBegin } from '../../functions/handlers/review/begin-review.js';
import { createHandler as createNotify } from '../../functions/handlers/review/notify-resident.js';
import { createHandler as createTimer } from '../../functions/handlers/review/on-timer.js';
import { LocalStepFunctions } from '../../lib/local/local-step-functions.js';
import { functionLogicalId, localFunctionArn, stateMachineOf } from '../../lib/local/review-state-machine.js';
import type { SynthesizedSystem } from '../../lib/local/synthesized-templates.js';
import { VirtualClock } from '../../lib/local/virtual-clock.js';
import { InMemoryAttachmentRepository } from './in-memory-attachments.js';
import { InMemoryInquiryRepository } from './in-memory-inquiry-repository.js';
import { InMemoryMessageLog } from './in-memory-message-log.js';
import { localReviewWorkflow } from './local-review-workflow.js';
import { daytimeStart } from './riyadh-time-of-day.js';

const { reviewWorkflow } = SERVICE_CONSTRUCTS;

/**
 * The synthesized review state machine run by the local engine, its tasks wired to the real use
 * cases over in-memory records: every path of the workflow in milliseconds, on a virtual clock.
 */
export const reviewHarness = (system: SynthesizedSystem) => {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-review-'));
  const clock = new VirtualClock(join(dir, 'clock.json'), daytimeStart(new Date()));
  const inquiries = new InMemoryInquiryRepository();
  const attachments = new InMemoryAttachmentRepository(inquiries);
  const sms: { phone: string; message: string; at: string }[] = [];
  const messages = new InMemoryMessageLog();
  /** What the carrier answers each SMS with, at once: DELIVERED unless a test says otherwise. */
  const carrier = { receipt: 'DELIVERED' as ReceiptStatus | 'NONE' };
  let engine: LocalStepFunctions;
  const workflow = localReviewWorkflow(() => engine);
  const deps = {
    inquiries,
    attachments,
    claims: inquiries.claims,
    workflow,
    clock: () => clock.now(),
    calendar: new WorkingCalendar(),
    newReference: () => generateReference(),
    messages,
  };
  const metrics = new Metrics({ namespace: 'Test', serviceName: SERVICE_NAME });
  metrics.publishStoredMetrics = () => metrics;
  const taskArn = (id: string) => localFunctionArn(functionLogicalId(system, constructPath(reviewWorkflow.id, id)));
  const tasks = new Map<string, (payload: never) => Promise<unknown>>([
    [taskArn(REVIEW_TASKS.begin.id), createBegin(deps)],
    [taskArn(REVIEW_TASKS.await.id), createAwait(deps)],
    [taskArn(REVIEW_TASKS.timer.id), createTimer(deps, metrics)],
    [
      taskArn(REVIEW_TASKS.notify.id),
      createNotify({
        inquiries,
        sms: {
          send: async (phone, message, about) => {
            const at = clock.now().toISOString();
            sms.push({ phone, message, at });
            const messageId = `sms-${sms.length}`;
            await messages.record({
              messageId,
              ...about,
              encoding: 'UCS-2',
              parts: 1,
              sentAt: at,
              delivery: 'PENDING',
              estimatedUsd: 0,
            });
            if (carrier.receipt !== 'NONE')
              await messages.applyReceipt({
                messageId,
                status: carrier.receipt,
                providerResponse: 'carrier',
                priceUsd: 0,
                at,
              });
            return { outcome: 'sent', messageId };
          },
        },
      }),
    ],
  ]);
  engine = new LocalStepFunctions({
    definition: stateMachineOf(system, constructPath(reviewWorkflow.id, reviewWorkflow.stateMachine)).definition,
    invoke: async (arn, payload) => tasks.get(arn)!(payload as never),
    clock,
    journalFile: join(dir, 'journal.json'),
  });

  return {
    engine,
    inquiries,
    sms,
    carrier,
    clock,
    submit: async (resident: Resident) => {
      const { inquiry } = await submitInquiry(deps, resident, {
        category: 'GENERAL_INQUIRY',
        description: 'Where is my exit and re-entry visa?',
      });
      // As the table's stream would once the inquiry is stored.
      await workflow.start(inquiry.reference);
      await engine.settled();
      return inquiry.reference;
    },
    decide: async (reviewer: Reviewer, reference: Reference, decision: ReviewDecision) => {
      const applied = await decideInquiry(deps, reviewer, reference, decision);
      await engine.settled();
      return applied;
    },
    reply: async (resident: Resident, reference: Reference, text: string) => {
      const applied = await replyToInquiry(deps, resident, reference, { text });
      await engine.settled();
      return applied;
    },
    appeal: async (resident: Resident, reference: Reference, text: string) => {
      const applied = await appealInquiry(deps, resident, reference, { text });
      await engine.settled();
      return applied;
    },
    rate: (resident: Resident, reference: Reference, score: number) =>
      rateInquiry(deps, resident, reference, { score }),
    advanceDays: (days: number) => engine.advanceTo(new Date(clock.now().getTime() + days * 86_400_000)),
    /** Moves the clock to `at`, every timer and held SMS due on the way firing at its own time. */
    advanceTo: (at: Date) => engine.advanceTo(at),
    status: (reference: Reference) => inquiries.inquiries.get(reference)!,
  };
};
