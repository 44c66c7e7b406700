import type { ObjectCreatedEvent } from '../../adapters/shared/s3-object-created.js';
import { REGISTER_IMPORT_PREFIX } from '../../contract/object-keys.js';
import { importRegister } from '../../domain/residents/import-register.js';
import type { DocumentRegister, RegisterFiles } from '../../domain/residents/ports.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { logger } from '../../runtime/observability.js';
import { registerFiles } from '../../runtime/register-files.js';
import { documentRegister } from '../../runtime/residents.js';
import { registerLines } from './register-line.js';

export interface ImportDeps {
  register: DocumentRegister;
  files: RegisterFiles;
}

/**
 * Imports a JSON Lines file the register dropped under `imports/`: every valid line upserted, the
 * rest reported with their reasons beside it under `import-reports/`. Safe to repeat: EventBridge
 * may deliver the event twice, and a second run finds every document unchanged.
 */
export const createHandler = (deps: ImportDeps) => async (event: ObjectCreatedEvent) => {
  const { key } = event.detail.object;
  if (!key.startsWith(REGISTER_IMPORT_PREFIX)) return { skipped: true };
  const report = await importRegister(
    deps.register,
    registerLines(deps.files.lines(key, event.detail.object['version-id'])),
  );
  const reportKey = await deps.files.writeReport(key, report);
  logger.info('Register file imported', {
    eventId: event.id,
    lines: report.lines,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected.length,
  });
  return { reportKey, lines: report.lines, rejected: report.rejected.length };
};

export const handler = eventHandler(createHandler({ register: documentRegister(), files: registerFiles() }));
