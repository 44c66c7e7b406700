import { fileTypeFromBuffer } from 'file-type';
import type { ContentSniffer } from '../../domain/attachments/ports.js';

/** Recognizes a file by its magic bytes with the maintained `file-type` library. */
export const sniffContentType: ContentSniffer = async (head) => (await fileTypeFromBuffer(head))?.mime;
