import { deflateSync } from 'node:zlib';

/** Small but real files of each accepted type, and something that is none of them. */
export const samplePdf = (bodyBytes = 2000) =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj <<>> endobj\n', 'latin1'),
    Buffer.alloc(bodyBytes, 0x41),
    Buffer.from('\n%%EOF\n'),
  ]);

export const samplePng = () => {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

export const sampleJpeg = () =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.alloc(500, 0),
    Buffer.from([0xff, 0xd9]),
  ]);

export const plainText = () => Buffer.from('This is not a document, just words.\n'.repeat(20));

/** Posts `file` with a presigned form, as a browser would. */
export const postForm = async (
  upload: { url: string; fields: Record<string, string> },
  file: Buffer,
  fieldChanges: Record<string, string> = {},
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...upload.fields, ...fieldChanges })) form.append(name, value);
  form.append('file', new Blob([file]));
  return fetch(upload.url, { method: 'POST', body: form });
};
