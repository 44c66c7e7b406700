import type { Schema } from '../shared/api/api-client.js';

export type AttachmentType = Schema<'Attachment'>['contentType'];
export type AttachmentStatus = Schema<'Attachment'>['status'];

/** The files the API takes (the contract's `RequestUpload` body), as the file picker offers them. */
export const ACCEPTED_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
] as const satisfies readonly AttachmentType[];

/** The largest file the upload form admits (10 MiB): checked here so nobody waits for an upload the store refuses. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** At most this many files go with one request, reply or appeal (the contract's `attachmentIds`). */
export const MAX_ATTACHMENTS = 10;

export type FileRefusal = 'type' | 'size' | 'empty';

/** Why a chosen file cannot be sent, before anything is sent; none when it can. */
export const fileRefusal = (file: { type: string; size: number }): FileRefusal | undefined => {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return undefined;
};

/** Whether the checks on an uploaded file are over: it is then verified or refused for good. */
export const isSettled = (status: AttachmentStatus): boolean => status !== 'PENDING';

/** How long to wait before asking again whether the file is checked: soon at first, less often later. */
export const pollDelay = (attempt: number): number => Math.min(500 * 2 ** attempt, 4000);

/** How long to keep asking: past this the resident is told the check goes on and the request page will show it. */
export const POLL_ATTEMPTS = 12;

/** Whether every chosen file may be sent, and no more of them than one request takes. */
export const filesAcceptable = (files: readonly { type: string; size: number }[]): boolean =>
  files.length <= MAX_ATTACHMENTS && files.every((file) => fileRefusal(file) === undefined);
