import type { EventBridgeEvent } from 'aws-lambda';

/** The `Object Created` event S3 sends through EventBridge (only the fields used here). */
export interface ObjectCreatedDetail {
  bucket: { name: string };
  object: { key: string; size?: number; etag: string; 'version-id'?: string };
}

export type ObjectCreatedEvent = EventBridgeEvent<'Object Created', ObjectCreatedDetail>;
