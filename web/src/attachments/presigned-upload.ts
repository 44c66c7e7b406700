import type { Schema } from '../shared/api/api-client.js';

export type UploadForm = NonNullable<Schema<'NewAttachment'>['upload']>;

/** The store refused or never answered the upload; `status` 0 when no answer came. */
export class UploadFailed extends Error {
  constructor(
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(`The upload was not stored (HTTP ${status})`, options);
    this.name = 'UploadFailed';
  }
}

/**
 * Posts the file to the presigned form the API handed out: its fields first, as given, then the
 * file (S3 reads the fields before the file). Through XMLHttpRequest, because `fetch` reports no
 * upload progress; `onProgress` gets bytes sent and bytes in all.
 */
export const uploadToPresignedPost = (
  form: UploadForm,
  file: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    request.addEventListener('load', () =>
      request.status >= 200 && request.status < 300 ? resolve() : reject(new UploadFailed(request.status)),
    );
    request.addEventListener('error', (event) => reject(new UploadFailed(0, { cause: event })));
    request.addEventListener('abort', (event) => reject(new UploadFailed(0, { cause: event })));
    request.open('POST', form.url);
    request.send(body);
  });
