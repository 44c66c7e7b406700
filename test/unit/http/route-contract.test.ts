import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROUTE_CONTRACTS as attachments } from '../../../functions/handlers/attachments/route-contracts.js';
import { ROUTE_CONTRACTS as inquiries } from '../../../functions/handlers/inquiries/route-contracts.js';
import { ROUTE_CONTRACTS as residents } from '../../../functions/handlers/residents/route-contracts.js';
import { ROUTE_CONTRACTS as review } from '../../../functions/handlers/review/route-contracts.js';
import { PROBLEM_TEXTS } from '../../../functions/http/messages.js';
import { ProblemDocumentSchema, problem, statusOf } from '../../../functions/http/problem.js';
import { success } from '../../../functions/http/route-contract.js';

const ALL = { ...inquiries, ...attachments, ...review, ...residents };

describe('route contracts', () => {
  it("when a handler answers with success, the status is the contract's and the body is sent as JSON", () => {
    // Prepare, Act
    const attachment = {
      attachmentId: '3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b',
      fileName: 'passport.pdf',
      contentType: 'application/pdf',
      size: 1,
      status: 'PENDING',
      createdAt: '2026-11-02T10:00:00.000Z',
    } as const;
    const created = success(attachments.RequestUpload, attachment, { location: '/v1/inquiries/TW-7K3M-9QXD-2HPJ' });
    const read = success(residents.GetPreferences, { locale: 'ur', smsReminders: false });

    // Assess
    expect(created).toMatchObject({ statusCode: 201, headers: { location: '/v1/inquiries/TW-7K3M-9QXD-2HPJ' } });
    expect(read).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"locale":"ur","smsReminders":false}',
    });
  });

  it('when every problem a contract names is looked up, it has a status and texts in Arabic and English', () => {
    // Prepare, Act
    const codes = [...new Set(Object.values(ALL).flatMap((contract) => contract.problems))];

    // Assess
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) {
      expect(statusOf(code), code).toBeGreaterThanOrEqual(400);
      expect(PROBLEM_TEXTS[code]?.title.ar, code).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('when a function answers with any problem it knows, in either language, the answer is a Problem of the contract', () => {
    // Prepare
    const codes = Object.keys(PROBLEM_TEXTS);

    // Act
    const failures = codes.flatMap((code) =>
      (['ar', 'en'] as const).flatMap((locale) => {
        const document = problem(code, statusOf(code) ?? 500, locale, {
          instance: 'request-1',
          issues: [{ pointer: '/description', code: 'too_short', params: { minimum: 10 } }],
        });
        return v.safeParse(ProblemDocumentSchema, document).success ? [] : [`${code}/${locale}`];
      }),
    );

    // Assess
    expect(failures).toEqual([]);
  });

  it("when a body's free text is measured, the contract's code-point limits are what the handler enforces", () => {
    // Prepare
    const description = inquiries.SubmitInquiry.body.schema;
    const emoji = '😀'.repeat(4000);

    // Act
    const fits = v.safeParse(description, { category: 'GENERAL_INQUIRY', description: emoji });
    const over = v.safeParse(description, { category: 'GENERAL_INQUIRY', description: `${emoji}😀` });

    // Assess: 4000 emoji are 8000 UTF-16 units but 4000 code points, the unit JSON Schema counts
    expect(fits.success).toBe(true);
    expect(over.success).toBe(false);
  });
});
