import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/scenarios/all-scenarios.js';
import { coverageGaps, deployedFunctions } from '../../bench/support/function-catalogue.js';
import { synthesizeSystem } from '../../lib/local/synthesized-templates.js';

describe('the benchmark’s coverage', () => {
  it('when the service is synthesized, every function it deploys has a benchmark scenario, and no scenario measures anything else', () => {
    // Prepare
    const system = synthesizeSystem();

    // Act
    const functions = deployedFunctions(system.serviceTemplate, system.serviceStackName);
    const gaps = coverageGaps(functions, SCENARIOS);

    // Assess
    expect(functions.length).toBeGreaterThanOrEqual(26);
    expect(gaps).toEqual({ unmeasured: [], unknown: [] });
  });
});
