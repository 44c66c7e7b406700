import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../lib/local/dynamodb-local.js';

describe('freePort', () => {
  it('when ports are drawn, each is outside the kernel’s ephemeral range and can be listened on at once on every address', async () => {
    // Act
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    // Assess
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(32_768);
      const server = createServer().listen(port, '0.0.0.0');
      await once(server, 'listening');
      server.close();
      await once(server, 'close');
    }
  });
});
