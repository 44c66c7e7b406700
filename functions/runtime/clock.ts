import { systemClock } from '../adapters/shared/system-clock.js';

/** The time every function tells: the system's, moved ahead only where the local runtime moves its clock. */
export const clock = systemClock;
