import { apiEvent } from '../../test/support/api-events.js';
import type { Scenario } from './scenario.js';

/** The category list is static: no SDK call; the baseline answers the same JSON, bundled as the function bundles it. */
export const CATEGORY_SCENARIOS: Scenario[] = [
  {
    fn: 'ListCategories',
    bundledAnswer: true,
    prepare: async () => ({
      event: async () => apiEvent({}),
      calls: async () => [],
    }),
  },
];
