import { ANYONE, type RouteContracts } from '../../http/route-contract.js';
import { ProcessingTimesSchema } from './processing-times-representation.js';

export const ROUTE_CONTRACTS = {
  GetProcessingTimes: {
    summary: 'Read the published processing times',
    description:
      'How long each request type takes, as the directorate publishes it: per request type and section, the working days within which 80 % of the inquiries first decided in the last 180 days were decided, and how many decisions that rests on; a type with fewer than 30 says so instead of a number. Computed once a day from counts alone; before the first computation there are no figures yet. Answers may be cached for an hour.',
    roles: ANYONE,
    success: { status: 200, description: 'The published figures.', schema: ProcessingTimesSchema },
    problems: [],
  },
} as const satisfies RouteContracts;
