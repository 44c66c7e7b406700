import { basename, extname } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import type { AttachmentType } from '../functions/domain/attachments/attachment.js';
import { fail, localRuntimeUrl, postToUploadForm, readInputFile, requestLocalRuntime } from './local-command.js';

/**
 * `npm run upload -- REFERENCE FILE` (with TOKEN set to the inquiry owner's token and `npm start`
 * running on the same PORT): asks for an upload form, posts the file with the form's fields exactly
 * as given — what a resident's app does — and waits for the verification's verdict. The attachment
 * id goes to stdout, so that `ATTACHMENT=$(TOKEN=$TOKEN npm run -s upload -- …)` keeps it; what
 * happened goes to stderr.
 */
const TYPES: Record<string, AttachmentType> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};
/** The verdict comes from the object-created event, delivered within a second or two locally. */
const VERDICT_WAIT_MS = 20_000;

const [reference, file] = process.argv.slice(2);
if (!reference || !file)
  fail('Usage: TOKEN=… npm run upload -- REFERENCE FILE   (with `npm start` running, on the same PORT)', 2);
const token =
  process.env.TOKEN ||
  fail('Set TOKEN to the token of the inquiry’s owner: TOKEN=$TOKEN npm run upload -- REFERENCE FILE', 2);
const contentType =
  TYPES[extname(file).toLowerCase()] ?? fail(`${file}: only .pdf, .jpg, .jpeg and .png files can be attached`, 2);
const content = readInputFile(file);

const attachments = `${localRuntimeUrl()}/v1/inquiries/${encodeURIComponent(reference)}/attachments`;
const authorization = { authorization: `Bearer ${token}`, 'accept-language': 'en' };
const requested = await requestLocalRuntime(attachments, {
  method: 'POST',
  headers: { ...authorization, 'content-type': 'application/json' },
  body: JSON.stringify({ fileName: basename(file), contentType, size: content.length }),
});
if (requested.status !== 201) fail(`No upload form for ${basename(file)}: ${requested.problem}`);
const { attachmentId, upload } = requested.body as {
  attachmentId: string;
  upload: { url: string; fields: Record<string, string> };
};

await postToUploadForm(upload, { name: basename(file), content, contentType });

const deadline = performance.now() + VERDICT_WAIT_MS;
let status = 'PENDING';
let reason: string | undefined;
while (status === 'PENDING' && performance.now() < deadline) {
  await setTimeout(250);
  const read = await requestLocalRuntime(`${attachments}/${attachmentId}`, { headers: authorization });
  if (read.status !== 200) fail(`Could not read attachment ${attachmentId}: ${read.problem}`);
  ({ status, reason } = read.body as { status: string; reason?: string });
}
console.error(
  `${basename(file)} (${content.length} bytes, ${contentType}): attachment ${attachmentId} ${status}${reason ? ` (${reason})` : ''}`,
);
console.log(attachmentId);
if (status !== 'VERIFIED') process.exit(1);
