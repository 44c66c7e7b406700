import {
  BULK_REQUESTS_PARTITION_PREFIX,
  ESTABLISHMENT_CONTACTS_PARTITION_PREFIX,
} from '../../contract/table-layouts.js';

/**
 * How items are keyed in the tables: each kind of item's partition and sort key, in one place for
 * the adapters that share a table (inquiries and their attachments) and for the benchmark's
 * baselines, which must make the very same calls.
 */
const INQUIRY_PREFIX = 'INQUIRY#';
const RESIDENT_PREFIX = 'RESIDENT#';

/** Sort keys of the items that sit in an inquiry's or a resident's partition, by kind. */
export const SORT_KEYS = {
  inquiry: 'INQUIRY',
  attachmentPrefix: 'ATTACHMENT#',
  profile: 'PROFILE',
  documentPrefix: 'DOCUMENT#',
} as const;

export const inquiryPartition = (reference: string) => `${INQUIRY_PREFIX}${reference}`;
/** The reference an inquiry's partition key names. */
export const referenceOfPartition = (partition: string) => partition.slice(INQUIRY_PREFIX.length);
export const inquiryKey = (reference: string) => ({ pk: inquiryPartition(reference), sk: SORT_KEYS.inquiry });
export const attachmentItemKey = (reference: string, attachmentId: string) => ({
  pk: inquiryPartition(reference),
  sk: `${SORT_KEYS.attachmentPrefix}${attachmentId}`,
});

export const residentPartition = (iqamaNumber: string) => `${RESIDENT_PREFIX}${iqamaNumber}`;
export const profileKey = (iqamaNumber: string) => ({ pk: residentPartition(iqamaNumber), sk: SORT_KEYS.profile });
export const documentItemKey = (iqamaNumber: string, documentId: string) => ({
  pk: residentPartition(iqamaNumber),
  sk: `${SORT_KEYS.documentPrefix}${documentId}`,
});
/** The document id a document item's sort key names. */
export const documentIdOfSortKey = (sortKey: string) => sortKey.slice(SORT_KEYS.documentPrefix.length);

/** The partition of one shard of the establishments' contacts. */
export const contactShardPartition = (shard: number) => `${ESTABLISHMENT_CONTACTS_PARTITION_PREFIX}${shard}`;
/** An establishment's contact, in its shard's partition. */
export const establishmentContactKey = (shard: number, establishmentId: string) => ({
  pk: contactShardPartition(shard),
  sk: `ESTABLISHMENT#${establishmentId}`,
});

/** An establishment's bulk request, in the establishment's bulk partition. */
export const bulkRequestKey = (establishmentId: string, bulkRequestId: string) => ({
  pk: `${BULK_REQUESTS_PARTITION_PREFIX}${establishmentId}`,
  sk: `REQUEST#${bulkRequestId}`,
});
/** One chunk of a bulk request's report, sorted after the request and in chunk order. */
export const bulkChunkKey = (establishmentId: string, bulkRequestId: string, index: number) => ({
  pk: `${BULK_REQUESTS_PARTITION_PREFIX}${establishmentId}`,
  sk: `REQUEST#${bulkRequestId}#CHUNK#${String(index).padStart(5, '0')}`,
});
