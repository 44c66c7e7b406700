import { vi } from 'vitest';

/**
 * What the Powertools logger and metrics write to standard output and standard error while `act`
 * runs, one JSON document a line. `act` may fail: what was written until then is still returned.
 */
export const writtenWhile = async (act: () => Promise<unknown>): Promise<Record<string, unknown>[]> => {
  const chunks: string[] = [];
  const keep = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  const writes = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep),
  ];
  try {
    await act().catch(() => undefined);
  } finally {
    for (const write of writes) write.mockRestore();
  }
  return chunks
    .flatMap((chunk) => chunk.split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};
