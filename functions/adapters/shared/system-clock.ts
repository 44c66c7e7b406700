import { ENVIRONMENT } from '../../contract/environment.js';
import type { Clock } from '../../domain/shared/clock.js';

/**
 * The time. The local runtime can move it forward (`POST /local/clock`) so that timers of weeks
 * fire in seconds; the offset is read on every call because it changes while handlers are loaded.
 * Deployed functions never have the variable, so this is the plain system time there.
 */
// biome-ignore lint/style/noProcessEnv: the offset changes while handlers are loaded, so runtime/ cannot read it once
export const systemClock: Clock = () => new Date(Date.now() + Number(process.env[ENVIRONMENT.localClockOffsetMs] ?? 0));
