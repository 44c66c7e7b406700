import type { StatsReader } from '../domain/stats/ports.js';

/** Why the statistics cannot be read yet: no stats table is bound to this function. */
export class StatsReaderUnbound extends Error {
  constructor() {
    super('No stats table is bound to this function: the statistics cannot be read');
    this.name = 'StatsReaderUnbound';
  }
}

const refuse = async (): Promise<never> => {
  throw new StatsReaderUnbound();
};

/**
 * What the statistics' API reads from. The stats table and its store come with the stream's
 * projector; until they are bound here, every read fails with StatsReaderUnbound (a 500), and the
 * function still loads, so the rest of the API starts.
 */
export const statsReader = (): StatsReader => ({ dailyStats: refuse, openGauges: refuse });
