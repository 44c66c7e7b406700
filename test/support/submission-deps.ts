import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { WorkingCalendar } from '../../functions/domain/shared/working-calendar.js';
import { InMemoryInquiryRepository } from './in-memory-inquiry-repository.js';
import { RecordingWorkflow } from './recording-workflow.js';

/** What submitting an inquiry and following it up need, all in memory: the repository and the workflow are there to look into afterwards. */
export const submissionDeps = (clock: () => Date) => {
  const inquiries = new InMemoryInquiryRepository();
  return {
    inquiries,
    claims: inquiries.claims,
    workflow: new RecordingWorkflow(),
    calendar: new WorkingCalendar(),
    clock,
    newReference: () => generateReference(),
  };
};
