import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../lib/local/dynamodb-local.js';

describe('freePort', () => {
  it('when ports are drawn, each is outside the kernel’s ephemeral range and can be listened on at once on every address', async () => {
    // Each is listened on as soon as it is drawn: the suite's other files start servers in the same
    // range at the same time, and a port drawn earlier may rightly be theirs by the time it is tried.
    for (let drawn = 0; drawn < 20; drawn++) {
      // Act
      const port = await freePort();
      // Assess
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(32_768);
      const server = createServer().listen(port, '0.0.0.0');
      await once(server, 'listening');
      server.close();
      await once(server, 'close');
    }
  });
});
