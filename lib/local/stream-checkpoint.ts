import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How far a consumer has read a table's stream. */
export interface StreamPosition {
  streamArn: string;
  shardId: string;
  /** The last record delivered from the shard; none: the shard is read from its start. */
  sequenceNumber?: string;
  /** Shards to read after this one, in order: the other children of a closed shard. */
  nextShardIds: string[];
}

/**
 * A consumer's position in a stream, kept in a file so that a restart resumes after the last
 * record delivered. Written whole to a neighbour and renamed over, so that a stop mid-write leaves
 * the previous position rather than half of one.
 */
export class StreamCheckpoint {
  constructor(readonly file: string) {}

  read(): StreamPosition | undefined {
    return existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as StreamPosition) : undefined;
  }

  save(position: StreamPosition): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const next = `${this.file}.next`;
    writeFileSync(next, JSON.stringify(position));
    renameSync(next, this.file);
  }
}
