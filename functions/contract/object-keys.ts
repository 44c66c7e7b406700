/** Where in the attachments bucket attachments are kept; the malware scan and the grants cover only this prefix. */
export const ATTACHMENT_PREFIX = 'attachments/';

/** Where the authoritative register drops its files; only these start an import. */
export const REGISTER_IMPORT_PREFIX = 'imports/';
/** Where the import writes a report beside each file it read. */
export const REGISTER_REPORT_PREFIX = 'import-reports/';

/** The tag the attachments bucket's lifecycle rule looks for: uploads still tagged `false` expire. */
export const VERIFIED_TAG = { key: 'verified', unverified: 'false', verified: 'true' } as const;

/**
 * Where establishments' bulk files land in the attachments bucket, one per bulk request; the bulk
 * processing reads and then deletes them, and they are never served.
 */
export const BULK_FILE_PREFIX = 'bulk-requests/';
