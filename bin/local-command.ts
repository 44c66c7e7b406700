import { readFileSync } from 'node:fs';

/**
 * What the command-line helpers of the local runtime (`npm run import`, `npm run upload`) share:
 * they talk to `npm start` on the same PORT, and every failure is one line on stderr, never a stack.
 */

export function fail(line: string, exitCode = 1): never {
  console.error(line);
  process.exit(exitCode);
}

export const localRuntimeUrl = () => `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export const readInputFile = (file: string): Buffer => {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`,
    );
  }
};

interface ProblemBody {
  title?: string;
  detail?: string;
  errors?: { pointer?: string; code?: string }[];
}

/** One line for an error answer: the problem's title, detail and the fields it names. */
const describeProblem = (status: number, body: unknown): string => {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
  const fields = (problem.errors ?? []).map((error) => `${error.pointer ?? ''} ${error.code ?? ''}`.trim());
  return [`HTTP ${status}`, problem.title, problem.detail, fields.length ? `(${fields.join('; ')})` : undefined]
    .filter(Boolean)
    .join(' — ');
};

/** Calls the local runtime; an unreachable server or an answer that is not JSON ends the command with one line. */
export const requestLocalRuntime = async (
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown; problem: string }> => {
  const response = await fetch(url, init).catch(() =>
    fail(
      `Nothing answers at ${new URL(url).origin}: start the local runtime with \`npm start\` (with the same PORT, if you set one).`,
    ),
  );
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return fail(
      `${new URL(url).origin} answered HTTP ${response.status} with something other than JSON: is it the local runtime (\`npm start\`)?`,
    );
  }
  return { status: response.status, body, problem: describeProblem(response.status, body) };
};

/**
 * Posts a file to a presigned upload form, the form's fields exactly as given and the file last,
 * as an app does; a refusal or a URL that does not answer ends the command with its reason.
 */
export const postToUploadForm = async (
  upload: { url: string; fields: Record<string, string> },
  file: { name: string; content: Buffer; contentType: string },
): Promise<void> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([file.content], { type: file.contentType }), file.name);
  const posted = await fetch(upload.url, { method: 'POST', body: form }).catch(() =>
    fail(`The upload URL ${new URL(upload.url).origin} does not answer`),
  );
  if (!posted.ok) fail(`The upload of ${file.name} was refused: HTTP ${posted.status}`);
};
