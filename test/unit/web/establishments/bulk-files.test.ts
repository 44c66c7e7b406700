import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BULK_COLUMNS,
  BULK_KINDS,
  bulkContentTypeOf,
  bulkFileRefusal,
  bulkRequestHref,
  isNotYourBulkRequest,
  isPassingFailure,
  isSettled,
  MAX_BULK_BYTES,
  templateHref,
} from '../../../../web/src/establishments/bulk-files.js';

const contract = JSON.parse(
  readFileSync(new URL('../../../../functions/contract/openapi.json', import.meta.url), 'utf8'),
);
const bulkBody = contract.paths['/v1/establishment/bulk-requests'].post.requestBody.content['application/json'].schema;

describe('the bulk files of an establishment, as the console prepares them', () => {
  it('when the contract states the kinds, the types and the largest size, the console offers the same', () => {
    // Assess
    expect([...BULK_KINDS]).toEqual(bulkBody.properties.kind.enum);
    expect(MAX_BULK_BYTES).toBe(bulkBody.properties.size.maximum);
    expect(['a.csv', 'a.jsonl'].map(bulkContentTypeOf)).toEqual(bulkBody.properties.contentType.enum);
  });

  it('when the contract describes the header rows, the columns shown are those', () => {
    // Act
    const description: string = contract.paths['/v1/establishment/bulk-requests'].post.description;
    // Assess
    for (const kind of BULK_KINDS) expect(description).toContain(`\`${BULK_COLUMNS[kind].join(',')}\``);
  });

  it('when a file is chosen, its type comes from its name, whatever the system typed it', () => {
    // Act & Assess
    expect(bulkContentTypeOf('Employees.CSV')).toBe('text/csv');
    expect(bulkContentTypeOf('requests.jsonl')).toBe('application/x-ndjson');
    expect(bulkContentTypeOf('requests.ndjson')).toBe('application/x-ndjson');
    expect(bulkContentTypeOf('sheet.xlsx')).toBeUndefined();
    expect(bulkContentTypeOf('csv')).toBeUndefined();
  });

  it('when a file the API would refuse is chosen, the reason is known before anything is sent', () => {
    // Act & Assess
    expect(bulkFileRefusal({ name: 'a.csv', size: 1 })).toBeUndefined();
    expect(bulkFileRefusal({ name: 'a.csv', size: MAX_BULK_BYTES })).toBeUndefined();
    expect(bulkFileRefusal({ name: 'a.csv', size: MAX_BULK_BYTES + 1 })).toBe('size');
    expect(bulkFileRefusal({ name: 'a.csv', size: 0 })).toBe('empty');
    expect(bulkFileRefusal({ name: 'a.pdf', size: 10 })).toBe('type');
  });

  it('when a template is made, it is the kind’s header row in UTF-8 with its byte order mark, as a data address', () => {
    // Act
    const href = templateHref('INQUIRIES');
    // Assess
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe('\uFEFFiqamaNumber,category,description\r\n');
  });

  it('when a request is followed, it is asked for until DONE or REJECTED, and again after a passing failure only', () => {
    // Act & Assess
    expect(['PENDING', 'PROCESSING', 'DONE', 'REJECTED'].map((status) => isSettled(status as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect([0, 429, 500, 503].every((status) => isPassingFailure({ status }))).toBe(true);
    expect([400, 401, 403, 404].some((status) => isPassingFailure({ status }))).toBe(false);
    expect([400, 404].every((status) => isNotYourBulkRequest({ status }))).toBe(true);
    expect(isNotYourBulkRequest({ status: 500 })).toBe(false);
    expect(isNotYourBulkRequest(undefined)).toBe(false);
  });

  it('when a request’s page is addressed, its id is one segment of the path', () => {
    // Act & Assess
    expect(bulkRequestHref('6f1d2c3b-0000-4000-8000-000000000000')).toBe(
      '/establishment/bulk/6f1d2c3b-0000-4000-8000-000000000000',
    );
    expect(bulkRequestHref('../x')).toBe('/establishment/bulk/..%2Fx');
  });
});
