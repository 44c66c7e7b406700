/**
 * The API's types, generated from functions/contract/openapi.json by `npm run openapi`: do not edit.
 * Clients (the end-to-end tests, the web console) use them with openapi-fetch.
 */
export interface paths {
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the request types
         * @description The 13 request types residents can file, and establishments' staff on an employee's behalf, each with the section of the directorate that reviews it.
         *
         *     May be called by residents or reviewers or establishments' staff.
         */
        get: operations["ListCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resident's inquiries
         * @description The newest first, a page at a time.
         *
         *     May be called by residents.
         */
        get: operations["ListInquiries"];
        put?: never;
        /**
         * Submit an inquiry or complaint
         * @description Files a request of one type with its description; the review workflow starts and the resident gets an SMS with the request number. Retry with the same `Idempotency-Key` to get the first answer again.
         *
         *     May be called by residents.
         */
        post: operations["SubmitInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one inquiry
         * @description The resident's whole view: status, what is asked of them and by when, the timeline.
         *
         *     May be called by residents.
         */
        get: operations["GetInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{reference}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an inquiry's attachments
         * @description Every file attached to the inquiry, with its verification status.
         *
         *     May be called by residents or reviewers.
         */
        get: operations["ListAttachments"];
        put?: never;
        /**
         * Ask to attach a file
         * @description Reserves a place for one file (PDF, JPEG or PNG, up to 10 MB, at most 10 per inquiry) and answers with a form to post it to storage within 10 minutes. The file is then verified (its bytes against the declared type and size) and the attachment becomes VERIFIED or REJECTED.
         *
         *     May be called by residents.
         */
        post: operations["RequestUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{reference}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open an attachment
         * @description One attachment; a verified one found clean comes with a download link valid for 5 minutes.
         *
         *     May be called by residents or reviewers.
         */
        get: operations["GetAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A section's review queue
         * @description The open inquiries of one of the reviewer’s sections, the soonest due first. `section` may be left out by a reviewer of one section only.
         *
         *     May be called by reviewers.
         */
        get: operations["ListReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/inquiries/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an inquiry for review
         * @description What the resident sees, plus escalation, who rejected and the reviewers' internal notes.
         *
         *     May be called by reviewers.
         */
        get: operations["GetReviewInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/inquiries/{reference}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an inquiry
         * @description Accept, reject (with a note the resident reads) or ask for information (with the documents wanted); an `internalNote` is for other reviewers only and never shown to the resident. An appeal is decided by a reviewer other than the one who rejected.
         *
         *     May be called by reviewers.
         */
        post: operations["DecideInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{reference}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request for information
         * @description Only while the inquiry is NEEDS_INFO; the review goes on and its clock restarts.
         *
         *     May be called by residents.
         */
        post: operations["ReplyToInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{reference}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal a rejection
         * @description Once, within 30 days of the rejection; another reviewer decides it.
         *
         *     May be called by residents.
         */
        post: operations["AppealInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{reference}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate a closed case
         * @description Once, within 14 days of its closing: a score of 1 to 5 and an optional comment.
         *
         *     May be called by residents.
         */
        post: operations["RateInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directorate's review statistics
         * @description Volumes, rates, processing times and the backlog of a window of days (Riyadh time), by day, week or request type, with the request types rising most. Counts and durations only: nothing about any resident. Read from counters kept per day as inquiries change, never from the inquiries themselves.
         *
         *     A supervisor may leave `section` out for every section. A reviewer reads only their own sections, and names one when they have several; another section is 403 `forbidden` (section codes are public, so refusing says nothing a caller could not know).
         *
         *     Weeks start on Sunday and are named by that day; the first and last may be cut by the window. Rising request types compare the submissions of the 7 days ending with `to` (or yesterday, when `to` is today or later) with the average week of the 4 weeks before: growth = (last week − average) / max(average, 1), for types with at least 5 submissions last week, at most 5.
         *
         *     May be called by reviewers or supervisors.
         */
        get: operations["GetReviewStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resident's documents
         * @description The resident's iqama, passport and visas and those of the dependents they hold, the soonest to expire first, with dates in both calendars.
         *
         *     May be called by residents.
         */
        get: operations["ListDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/passport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a renewed passport
         * @description The passport update service: the resident's own passport or a dependent's (`dependentId`), checked against the rules (number format, dates, not expired, newer than the one held) before it replaces the old one; its reminders follow.
         *
         *     May be called by residents.
         */
        put: operations["UpdatePassport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the resident's preferences
         * @description The language reminders are written in and whether they are sent.
         *
         *     May be called by residents.
         */
        get: operations["GetPreferences"];
        /**
         * Change the resident's preferences
         * @description Both settings at once; reminders are on until the resident turns them off.
         *
         *     May be called by residents.
         */
        put: operations["UpdatePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the establishment's employees' documents
         * @description The documents of the residents whose register line names the caller's establishment as employer, the soonest expiry first, a page at a time; `expiringWithinDays` keeps those expiring within that many days (expired ones included), `documentType` one type. Dependents' documents are not shown. A page holds at most `limit` rows and may hold fewer when filtered.
         *
         *     May be called by establishments' staff.
         */
        get: operations["ListEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/employees/{iqamaNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one employee
         * @description The employee's own documents, soonest to expire first. Someone who is not the establishment's employee now (a former one, another establishment's, an unknown number) is not found.
         *
         *     May be called by establishments' staff.
         */
        get: operations["GetEmployee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/employees/{iqamaNumber}/passport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record an employee's renewed passport
         * @description The passport update service used by the establishment for its worker: the same rules and error codes as the resident's own update (`PUT /v1/me/passport`). The employee sees it in their documents and their reminders follow it. A passport the employee recorded themselves that expires later is kept (409).
         *
         *     May be called by establishments' staff.
         */
        put: operations["UpdateEmployeePassport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the inquiries the establishment filed
         * @description The newest first, a page at a time, whoever of its staff filed them; those of people who are no longer its employees are left out, so a page may hold fewer than `limit`. Inquiries employees filed themselves are theirs alone and never listed.
         *
         *     May be called by establishments' staff.
         */
        get: operations["ListEmployeeInquiries"];
        put?: never;
        /**
         * File an inquiry on an employee's behalf
         * @description An inquiry for one of the establishment's employees: the same review as the employee's own, in the employee's own list, showing `submittedBy`. Its SMS go to the employee (to the staff member when the employee has no phone on record) and a copy to the staff member who filed it. Someone who is not the establishment's employee now is not found. Retry with the same `Idempotency-Key` to get the first answer again.
         *
         *     May be called by establishments' staff.
         */
        post: operations["SubmitEmployeeInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/inquiries/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one inquiry the establishment filed
         * @description What the employee sees of it: status, what is asked and by when, the timeline. An inquiry the employee filed themselves, another establishment's, or one for a former employee is not found.
         *
         *     May be called by establishments' staff.
         */
        get: operations["GetEmployeeInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/inquiries/{reference}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request for information on an inquiry the establishment filed
         * @description Only while the inquiry is NEEDS_INFO, and the person it is for is still the establishment's employee: the same rules as the employee's own reply (`POST /v1/inquiries/{reference}/replies`), which either of them may send. The review goes on and its clock restarts; the timeline shows that the establishment answered.
         *
         *     May be called by establishments' staff.
         */
        post: operations["ReplyToEmployeeInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/inquiries/{reference}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to an inquiry the establishment filed
         * @description A document for an inquiry filed for an employee — one a reviewer asked for, say —, while the person is still the establishment's employee: the same as the employee's own upload (PDF, JPEG or PNG, up to 10 MB, at most 10 per inquiry; a form to post it to storage within 10 minutes; then verified). The employee sees it among the inquiry's attachments, and a reply (the establishment's or the employee's) may name it. Another establishment's inquiry, the employee's own, or one for a former employee is not found.
         *
         *     May be called by establishments' staff.
         */
        post: operations["RequestEmployeeUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/bulk-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to upload a bulk file
         * @description Opens a bulk request for one file of passport updates or of inquiries — CSV in UTF-8 with a header row (`iqamaNumber,passportNumber,issueDate,expiryDate` or `iqamaNumber,category,description`), or JSON Lines with those members — up to 5 MB and 10,000 lines, and answers with a form to post it to storage within 15 minutes: the file never passes through the API. Every line is then applied as the single request would be, and `GET /v1/establishment/bulk-requests/{bulkRequestId}` reports each one. The same line uploaded again within 24 hours makes nothing new. Requests and reports are kept 30 days.
         *
         *     May be called by establishments' staff.
         */
        post: operations["RequestBulkUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishment/bulk-requests/{bulkRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a bulk request
         * @description Its status and progress, every refused line with each field's reason (`errors`), and every line applied (`results`, with the inquiry's reference for a file of inquiries), in file order, growing while it is PROCESSING. Another establishment's request, or one past the time it is kept, is not found.
         *
         *     May be called by establishments' staff.
         */
        get: operations["GetBulkRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/processing-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the published processing times
         * @description How long each request type takes, as the directorate publishes it: per request type and section, the working days within which 80 % of the inquiries first decided in the last 180 days were decided, and how many decisions that rests on; a type with fewer than 30 says so instead of a number. Computed once a day from counts alone; before the first computation there are no figures yet. Answers may be cached for an hour.
         *
         *     May be called by anyone, without a token.
         */
        get: operations["GetProcessingTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Attachment */
        Attachment: {
            /** Format: uuid */
            attachmentId: string;
            fileName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description Bytes, as declared when the upload was asked for. */
            size: number;
            /** @enum {string} */
            status: "PENDING" | "VERIFIED" | "REJECTED";
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            reason?: "size-mismatch" | "type-mismatch" | "unrecognized-content" | "replaced-after-verification";
            /** @description Why the file was refused, in the caller's language. */
            reasonDetail?: string;
        };
        /** AttachmentList */
        AttachmentList: {
            items: components["schemas"]["Attachment"][];
        };
        /** BulkReport */
        BulkReport: {
            /** Format: uuid */
            bulkRequestId: string;
            /** @enum {string} */
            kind: "PASSPORT_UPDATES" | "INQUIRIES";
            fileName: string;
            /** @enum {string} */
            contentType: "text/csv" | "application/x-ndjson";
            /** @description Bytes, as declared when the upload was asked for. */
            size: number;
            /**
             * @description PENDING until the file is uploaded, PROCESSING while its lines are applied, then DONE — or REJECTED when the file as a whole could not be read.
             * @enum {string}
             */
            status: "PENDING" | "PROCESSING" | "DONE" | "REJECTED";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
            /** @description Lines of the file besides the header and blank lines, once it has been read. */
            lines?: number;
            /** @description Lines applied or refused so far. */
            processed: number;
            /** @description Percent of the lines processed: 100 once DONE. */
            progress: number;
            /** @description Lines applied, repeated ones included. */
            succeeded: number;
            /** @description Lines refused, each listed in `errors`. */
            failed: number;
            /** @description Lines found already applied, by an earlier upload within 24 hours or an earlier attempt. */
            repeated: number;
            rejection?: {
                /** @enum {string} */
                code: "not_utf8" | "size_mismatch" | "no_header" | "unknown_column" | "duplicate_column" | "missing_column" | "no_lines" | "too_many_lines" | "unclosed_quote" | "file_gone" | "too_late_to_resume" | "not_uploaded" | "same_file";
                detail: string;
                line?: number;
                column?: string;
                /**
                 * Format: uuid
                 * @description The earlier bulk request of the very same file (`same_file`).
                 */
                sameAs?: string;
            };
            /** @description The first 1000 refused fields, in file order. */
            errors: {
                /** @description The file's line the record starts on (the header is line 1). */
                line: number;
                /** @description The column (CSV) or member (JSON Lines) at fault; empty for the whole line. */
                field: string;
                /** @description The single request's own codes (`required`, `too_short`, `passport_expired`, …), `not_an_employee` for anyone who is not the establishment's employee now, `wrong_number_of_fields`, `malformed_line`. */
                code: string;
                /** @description What was wrong, in the caller's language. */
                detail: string;
            }[];
            /** @description Refused fields beyond those listed in `errors`. */
            errorsNotListed?: number;
            results: {
                line: number;
                /** @description The employee's iqama number, in full: the establishment holds it already. */
                iqamaNumber: string;
                /** @description The inquiry filed, for a file of inquiries. */
                reference?: string;
                /** @description The same line was found applied already — by an upload within the last 24 hours, or by an earlier attempt at this one (a retry): nothing new was made. */
                repeated: boolean;
            }[];
        };
        /** CategoryList */
        CategoryList: {
            items: {
                /** @enum {string} */
                code: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
                /** @description In the caller's language. */
                name: string;
                names: {
                    ar: string;
                    en: string;
                };
                /** @enum {string} */
                section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
                sectionName: string;
                sectionNames: {
                    ar: string;
                    en: string;
                };
            }[];
        };
        /** Document */
        Document: {
            documentId: string;
            /** @enum {string} */
            type: "IQAMA" | "PASSPORT" | "EXIT_REENTRY_VISA" | "VISIT_VISA" | "WORK_VISA";
            /** @description Masked: all but the last three symbols are shown as •. */
            number: string;
            holder: {
                /** @constant */
                kind: "RESIDENT";
            } | {
                /** @constant */
                kind: "DEPENDENT";
                dependentId: string;
                name: string;
                /** @enum {string} */
                relation: "SPOUSE" | "SON" | "DAUGHTER" | "FATHER" | "MOTHER" | "OTHER";
            };
            /** Format: date */
            expiresOn: string;
            /** @description The same day in the Umm al-Qura calendar, YYYY-MM-DD. */
            expiresOnHijri: string;
            /** Format: date */
            issuedOn?: string;
            /** @description The same day in the Umm al-Qura calendar, YYYY-MM-DD. */
            issuedOnHijri?: string;
            /** @description Days from today in Riyadh to the expiry; negative once expired. */
            daysLeft: number;
            /** @enum {string} */
            status: "VALID" | "EXPIRING" | "EXPIRED";
        };
        /** DocumentList */
        DocumentList: {
            items: components["schemas"]["Document"][];
        };
        /**
         * DurationBound
         * @description A percentile of processing times (submission to first decision): in working days exact up to 30, else `{"moreThan": 30}`; in hours the upper bound of the bucket it falls in (1, 2, 4, 8, 24, 48, 72, 120, 168, 336), else `{"moreThan": 336}`. null when nothing was decided.
         */
        DurationBound: {
            /** @description Within this many (working days or hours). */
            atMost: number;
        } | {
            /** @description Longer than the longest bucket counted. */
            moreThan: number;
        };
        /** Employee */
        Employee: {
            /** @description The employee's iqama number, in full: the establishment holds it already. */
            iqamaNumber: string;
            documents: components["schemas"]["EmployeeDocument"][];
        };
        /** EmployeeDocument */
        EmployeeDocument: {
            documentId: string;
            /** @enum {string} */
            type: "IQAMA" | "PASSPORT" | "EXIT_REENTRY_VISA" | "VISIT_VISA" | "WORK_VISA";
            /** @description Masked: all but the last three symbols are shown as •. */
            number: string;
            /** Format: date */
            expiresOn: string;
            expiresOnHijri: string;
            /** Format: date */
            issuedOn?: string;
            issuedOnHijri?: string;
            daysLeft: number;
            /** @enum {string} */
            status: "VALID" | "EXPIRING" | "EXPIRED";
        };
        /** EmployeeDocumentPage */
        EmployeeDocumentPage: {
            items: components["schemas"]["EmployeeDocumentRow"][];
            /** @description Present when the page is full: pass it as `cursor` for the next page, which may be empty. */
            nextCursor?: string;
        };
        /** EmployeeDocumentRow */
        EmployeeDocumentRow: {
            /** @description The employee's iqama number, in full: the establishment holds it already. */
            iqamaNumber: string;
            document: components["schemas"]["EmployeeDocument"];
        };
        /** EmployeeInquiry */
        EmployeeInquiry: {
            /** @description The request number, canonical form: TW and three groups of four Crockford base32 symbols. */
            reference: string;
            submittedBy?: components["schemas"]["SubmittedBy"];
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
            /** @description The request type's name in the caller's language. */
            categoryName: string;
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            /** @description The section's name in the caller's language. */
            sectionName: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When an answer is due: the service level, in working days.
             */
            expectedResponseBy: string;
            /**
             * Format: date-time
             * @description When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.
             */
            typicalResponseBy?: string;
            requestedDocuments?: string[];
            /** Format: date-time */
            replyDueBy?: string;
            /**
             * Format: date-time
             * @description Until when a rejection may be appealed.
             */
            appealDueBy?: string;
            /** Format: date-time */
            closedAt?: string;
            /** @enum {string} */
            closeReason?: "NO_RESPONSE";
            rating?: {
                score: number;
                comment?: string;
                /** Format: date-time */
                at: string;
            };
            timeline: components["schemas"]["TimelineEntry"][];
            /** @description The SMS sent about the inquiry, oldest first, each with its delivery: on the read of one inquiry, not on the answers to changes. */
            notifications?: components["schemas"]["Notification"][];
            /** @description The employee's iqama number, in full: the establishment holds it already. */
            iqamaNumber: string;
        };
        /** EmployeeInquiryPage */
        EmployeeInquiryPage: {
            items: components["schemas"]["EmployeeInquirySummary"][];
            /** @description Present when the page is full: pass it as `cursor` for the next page, which may be empty. */
            nextCursor?: string;
        };
        /** EmployeeInquirySummary */
        EmployeeInquirySummary: {
            /** @description The request number, canonical form: TW and three groups of four Crockford base32 symbols. */
            reference: string;
            submittedBy?: components["schemas"]["SubmittedBy"];
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
            /** @description The request type's name in the caller's language. */
            categoryName: string;
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            /** @description The section's name in the caller's language. */
            sectionName: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When an answer is due: the service level, in working days.
             */
            expectedResponseBy: string;
            /**
             * Format: date-time
             * @description When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.
             */
            typicalResponseBy?: string;
            /** @description The employee's iqama number, in full: the establishment holds it already. */
            iqamaNumber: string;
        };
        /** InquiryDetail */
        InquiryDetail: {
            /** @description The request number, canonical form: TW and three groups of four Crockford base32 symbols. */
            reference: string;
            submittedBy?: components["schemas"]["SubmittedBy"];
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
            /** @description The request type's name in the caller's language. */
            categoryName: string;
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            /** @description The section's name in the caller's language. */
            sectionName: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When an answer is due: the service level, in working days.
             */
            expectedResponseBy: string;
            /**
             * Format: date-time
             * @description When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.
             */
            typicalResponseBy?: string;
            requestedDocuments?: string[];
            /** Format: date-time */
            replyDueBy?: string;
            /**
             * Format: date-time
             * @description Until when a rejection may be appealed.
             */
            appealDueBy?: string;
            /** Format: date-time */
            closedAt?: string;
            /** @enum {string} */
            closeReason?: "NO_RESPONSE";
            rating?: {
                score: number;
                comment?: string;
                /** Format: date-time */
                at: string;
            };
            timeline: components["schemas"]["TimelineEntry"][];
            /** @description The SMS sent about the inquiry, oldest first, each with its delivery: on the read of one inquiry, not on the answers to changes. */
            notifications?: components["schemas"]["Notification"][];
        };
        /** InquiryPage */
        InquiryPage: {
            items: components["schemas"]["InquirySummary"][];
            /** @description Present when the page is full: pass it as `cursor` for the next page, which may be empty. */
            nextCursor?: string;
        };
        /** InquirySummary */
        InquirySummary: {
            /** @description The request number, canonical form: TW and three groups of four Crockford base32 symbols. */
            reference: string;
            submittedBy?: components["schemas"]["SubmittedBy"];
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
            /** @description The request type's name in the caller's language. */
            categoryName: string;
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            /** @description The section's name in the caller's language. */
            sectionName: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When an answer is due: the service level, in working days.
             */
            expectedResponseBy: string;
            /**
             * Format: date-time
             * @description When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.
             */
            typicalResponseBy?: string;
        };
        /** NewAttachment */
        NewAttachment: {
            /** Format: uuid */
            attachmentId: string;
            fileName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description Bytes, as declared when the upload was asked for. */
            size: number;
            /** @enum {string} */
            status: "PENDING" | "VERIFIED" | "REJECTED";
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            reason?: "size-mismatch" | "type-mismatch" | "unrecognized-content" | "replaced-after-verification";
            /** @description Why the file was refused, in the caller's language. */
            reasonDetail?: string;
            upload?: {
                /** Format: uri */
                url: string;
                /** @description Form fields to post before the file, as given (S3 presigned POST). */
                fields: {
                    [key: string]: string;
                };
                /** Format: date-time */
                expiresAt: string;
            };
        };
        /** NewBulkRequest */
        NewBulkRequest: {
            /** Format: uuid */
            bulkRequestId: string;
            /** @enum {string} */
            kind: "PASSPORT_UPDATES" | "INQUIRIES";
            fileName: string;
            /** @enum {string} */
            contentType: "text/csv" | "application/x-ndjson";
            /** @description Bytes, as declared when the upload was asked for. */
            size: number;
            /**
             * @description PENDING until the file is uploaded, PROCESSING while its lines are applied, then DONE — or REJECTED when the file as a whole could not be read.
             * @enum {string}
             */
            status: "PENDING" | "PROCESSING" | "DONE" | "REJECTED";
            /** Format: date-time */
            createdAt: string;
            upload?: {
                /** Format: uri */
                url: string;
                /** @description Form fields to post before the file, as given (S3 presigned POST). */
                fields: {
                    [key: string]: string;
                };
                /** Format: date-time */
                expiresAt: string;
            };
        };
        /** Notification */
        Notification: {
            /**
             * @description Which notice it was.
             * @enum {string}
             */
            message: "RECEIVED" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEAL_RECEIVED" | "APPEAL_DECIDED" | "REPLY_REMINDER";
            /**
             * @description The resident, or the establishment's staff member who filed the inquiry for them.
             * @enum {string}
             */
            recipient: "RESIDENT" | "STAFF";
            /** Format: date-time */
            sentAt: string;
            /**
             * @description The carrier's receipt: PENDING until it comes, DELIVERED to the handset, FAILED (with the carrier's reason), UNKNOWN when none came within 72 hours.
             * @enum {string}
             */
            delivery: "PENDING" | "DELIVERED" | "FAILED" | "UNKNOWN";
            /** Format: date-time */
            deliveredAt?: string;
            /** @description The carrier's words, as SNS passes them on. */
            failureReason?: string;
        };
        /** OpenedAttachment */
        OpenedAttachment: {
            /** Format: uuid */
            attachmentId: string;
            fileName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description Bytes, as declared when the upload was asked for. */
            size: number;
            /** @enum {string} */
            status: "PENDING" | "VERIFIED" | "REJECTED";
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            reason?: "size-mismatch" | "type-mismatch" | "unrecognized-content" | "replaced-after-verification";
            /** @description Why the file was refused, in the caller's language. */
            reasonDetail?: string;
            /** @enum {string} */
            malwareScan?: "NO_THREATS_FOUND" | "THREATS_FOUND" | "UNSUPPORTED" | "ACCESS_DENIED" | "FAILED" | "PENDING";
            /** Format: uri */
            downloadUrl?: string;
        };
        /** Preferences */
        Preferences: {
            /**
             * @description The language SMS reminders are written in.
             * @enum {string}
             */
            locale: "ar" | "en" | "ur" | "hi" | "bn" | "tl";
            /** @description Whether expiry reminders are sent at all. */
            smsReminders: boolean;
        };
        /** Problem */
        Problem: {
            type: string;
            title: string;
            status?: number;
            detail: string;
            instance?: string;
            errors?: {
                /** @description JSON Pointer (RFC 6901) to what was wrong: into the body, or `/query/…`, `/path/…`, `/headers/…`. */
                pointer: string;
                /** @description The same place written with dots, for display. */
                field: string;
                /** @description What was wrong, for programs: `required`, `too_long`, `not_allowed_value`, … */
                code: string;
                /** @description What was wrong, for people, in the caller's language. */
                detail: string;
            }[];
        };
        /** ProcessingTimes */
        ProcessingTimes: {
            /** @description When the figures were computed (daily); null before the first computation, when there are none yet. */
            computedAt: string | null;
            /** @description The 180 days (in Riyadh, both included) whose first decisions were counted; null before the first computation. */
            window: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            } | null;
            /**
             * @description The share of first decisions the figures speak of.
             * @constant
             */
            percent: 80;
            /**
             * @description The first decisions a type needs for a figure.
             * @constant
             */
            minimumDecisions: 30;
            /** @description Every request type, each with its section; empty before the first computation. */
            requestTypes: ({
                /** @enum {string} */
                category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
                /** @description The request type's name in the caller's language. */
                categoryName: string;
                /** @enum {string} */
                section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
                /** @description The reviewing section's name in the caller's language. */
                sectionName: string;
                /** @description First decisions of the window the figure rests on. */
                basedOn: number;
                /** @description 80 % of the window's first decisions of this type were made within this many working days. */
                withinWorkingDays: {
                    /** @description Working days, from 0 to 30. */
                    atMost: number;
                } | {
                    /** @description More working days than the 30 counted one by one. */
                    moreThan: number;
                };
            } | {
                /** @enum {string} */
                category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
                /** @description The request type's name in the caller's language. */
                categoryName: string;
                /** @enum {string} */
                section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
                /** @description The reviewing section's name in the caller's language. */
                sectionName: string;
                /** @description First decisions of the window the figure rests on. */
                basedOn: number;
                /**
                 * @description Fewer than 30 first decisions in the window: too few to publish a figure.
                 * @constant
                 */
                insufficientData: true;
            })[];
        };
        /** QueueItem */
        QueueItem: {
            /** @description The request number, canonical form: TW and three groups of four Crockford base32 symbols. */
            reference: string;
            submittedBy?: components["schemas"]["SubmittedBy"];
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
            /** @description The request type's name in the caller's language. */
            categoryName: string;
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            /** @description The section's name in the caller's language. */
            sectionName: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When an answer is due: the service level, in working days.
             */
            expectedResponseBy: string;
            /**
             * Format: date-time
             * @description When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.
             */
            typicalResponseBy?: string;
            /** @description The expected answer time has passed. */
            overdue: boolean;
            escalated: boolean;
        };
        /**
         * ReplyRequest
         * @description While the inquiry waits for information: whether the request reached whoever must answer it.
         */
        ReplyRequest: {
            /** @description Whether the request reached the resident: an SMS asking for the reply delivered, or the inquiry opened by them (or by the establishment that filed it). Until it has, the case is never closed for no reply. */
            reached: boolean;
            /** Format: date-time */
            reachedAt?: string;
            /**
             * Format: date-time
             * @description 14 days from when it reached them; absent while it has not.
             */
            replyDueBy?: string;
        };
        /** ReviewerInquiry */
        ReviewerInquiry: {
            /** @description The request number, canonical form: TW and three groups of four Crockford base32 symbols. */
            reference: string;
            submittedBy?: components["schemas"]["SubmittedBy"];
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
            /** @description The request type's name in the caller's language. */
            categoryName: string;
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            /** @description The section's name in the caller's language. */
            sectionName: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When an answer is due: the service level, in working days.
             */
            expectedResponseBy: string;
            /**
             * Format: date-time
             * @description When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.
             */
            typicalResponseBy?: string;
            requestedDocuments?: string[];
            /** Format: date-time */
            replyDueBy?: string;
            /**
             * Format: date-time
             * @description Until when a rejection may be appealed.
             */
            appealDueBy?: string;
            /** Format: date-time */
            closedAt?: string;
            /** @enum {string} */
            closeReason?: "NO_RESPONSE";
            rating?: {
                score: number;
                comment?: string;
                /** Format: date-time */
                at: string;
            };
            timeline: components["schemas"]["TimelineEntry"][];
            /** @description The SMS sent about the inquiry, oldest first, each with its delivery: on the read of one inquiry, not on the answers to changes. */
            notifications?: components["schemas"]["Notification"][];
            /** @description The answer is overdue: supervisors see it first. */
            escalated: boolean;
            /** @description The reviewer who rejected; an appeal goes to another. */
            rejectedBy?: string;
            internalNotes: {
                /** Format: date-time */
                at: string;
                reviewerId: string;
                note: string;
            }[];
            replyRequest?: components["schemas"]["ReplyRequest"];
        };
        /** ReviewQueuePage */
        ReviewQueuePage: {
            /** @enum {string} */
            section: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
            items: components["schemas"]["QueueItem"][];
            /** @description Present when the page is full: pass it as `cursor` for the next page, which may be empty. */
            nextCursor?: string;
        };
        /** ReviewStats */
        ReviewStats: {
            /** @description The section read; null for all. */
            section: ("RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL") | null;
            from: string;
            to: string;
            /** @enum {string} */
            groupBy: "day" | "week" | "requestType";
            groups: components["schemas"]["StatsGroup"][];
            totals: components["schemas"]["StatsFigures"];
            backlog: {
                /** @description Open now. */
                open: number;
                /** @description Open now and past the response deadline. */
                overdue: number;
            };
            risingRequestTypes: {
                /** @enum {string} */
                category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
                lastWeek: number;
                previousFourWeekAverage: number;
                growth: number;
            }[];
        };
        /** StatsFigures */
        StatsFigures: {
            submitted: number;
            /** @description Of `submitted`, those establishments filed for their employees; the rest residents filed themselves. */
            submittedByEstablishments: number;
            decided: {
                accepted: number;
                rejected: number;
            };
            closed: {
                NO_RESPONSE: number;
            };
            appeals: {
                filed: number;
                overturned: number;
                upheld: number;
            };
            /** @description Inquiries that passed their response deadline, on the day they passed it. */
            slaBreaches: number;
            needsInfoRounds: number;
            ratings: {
                count: number;
                sum: number;
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
            processingTime: {
                /** @description First decisions the percentiles are read from. */
                basedOn: number;
                medianWorkingDays: components["schemas"]["DurationBound"] | null;
                p80WorkingDays: components["schemas"]["DurationBound"] | null;
                medianHours: components["schemas"]["DurationBound"] | null;
                p80Hours: components["schemas"]["DurationBound"] | null;
            };
            slaBreachRate: number | null;
            appealOverturnRate: number | null;
            csat: number | null;
        };
        /** StatsGroup */
        StatsGroup: {
            /** @description The day, the week’s Sunday (YYYY-MM-DD), or the request type’s code. */
            key: string;
            submitted: number;
            /** @description Of `submitted`, those establishments filed for their employees; the rest residents filed themselves. */
            submittedByEstablishments: number;
            decided: {
                accepted: number;
                rejected: number;
            };
            closed: {
                NO_RESPONSE: number;
            };
            appeals: {
                filed: number;
                overturned: number;
                upheld: number;
            };
            /** @description Inquiries that passed their response deadline, on the day they passed it. */
            slaBreaches: number;
            needsInfoRounds: number;
            ratings: {
                count: number;
                sum: number;
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
            processingTime: {
                /** @description First decisions the percentiles are read from. */
                basedOn: number;
                medianWorkingDays: components["schemas"]["DurationBound"] | null;
                p80WorkingDays: components["schemas"]["DurationBound"] | null;
                medianHours: components["schemas"]["DurationBound"] | null;
                p80Hours: components["schemas"]["DurationBound"] | null;
            };
            slaBreachRate: number | null;
            appealOverturnRate: number | null;
            csat: number | null;
        };
        /**
         * SubmittedBy
         * @description Who filed the inquiry for the resident: their employer, through the establishment services. Absent when the resident filed it.
         */
        SubmittedBy: {
            /** @enum {string} */
            kind: "ESTABLISHMENT";
            /** @description The establishment's unified number. */
            establishmentId: string;
        };
        /** TimelineEntry */
        TimelineEntry: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            actor: "resident" | "establishment" | "reviewer" | "system";
            /** @enum {string} */
            status?: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "ACCEPTED" | "REJECTED" | "CLOSED" | "APPEALED";
            /** @enum {string} */
            event?: "ATTACHMENT_VERIFIED" | "ATTACHMENT_REJECTED";
            attachmentId?: string;
            attachmentIds?: string[];
            note?: string;
        };
    };
    responses: {
        /** @description Sign-in required */
        "401-unauthenticated": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:unauthenticated";
                };
            };
        };
        /** @description Blocked by the firewall / Not allowed */
        "403-blocked-forbidden": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:blocked" | "urn:tawasul:problem:forbidden";
                };
            };
        };
        /** @description Too many requests */
        "429-throttled": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:throttled";
                };
            };
        };
        /** @description Internal error */
        "500-internal": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:internal";
                };
            };
        };
        /** @description Bad request */
        "4XX-bad-request": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:bad-request";
                };
            };
        };
        /** @description Internal error */
        "5XX-internal": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:internal";
                };
            };
        };
        /** @description Concurrent change */
        "409-concurrent-change": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:concurrent-change";
                };
            };
        };
        /** @description Request body too large */
        "413-payload-too-large": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:payload-too-large";
                };
            };
        };
        /** @description Unsupported media type */
        "415-unsupported-media-type": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:unsupported-media-type";
                };
            };
        };
        /** @description Idempotency key already used */
        "422-idempotency-key-reused": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:idempotency-key-reused";
                };
            };
        };
        /** @description The request is not valid */
        "400-validation-failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:validation-failed";
                };
            };
        };
        /** @description The request is not valid */
        "400-validation-failed-2": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:validation-failed";
                };
            };
        };
        /** @description Request not found */
        "404-inquiry-not-found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:inquiry-not-found";
                };
            };
        };
        /** @description Malformed JSON / The request is not valid */
        "400-malformed-json-validation-failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                };
            };
        };
        /** @description Attachment limit reached / Concurrent change */
        "409-attachment-limit-reached-concurrent-change": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:attachment-limit-reached" | "urn:tawasul:problem:concurrent-change";
                };
            };
        };
        /** @description File too large / Request body too large */
        "413-attachment-too-large-payload-too-large": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:attachment-too-large" | "urn:tawasul:problem:payload-too-large";
                };
            };
        };
        /** @description Malformed JSON / The request is not valid */
        "400-malformed-json-validation-failed-2": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                };
            };
        };
        /** @description Concurrent change / Not possible in the request’s current state */
        "409-concurrent-change-transition-not-allowed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:concurrent-change" | "urn:tawasul:problem:transition-not-allowed";
                };
            };
        };
        /** @description Malformed JSON / The request is not valid */
        "400-malformed-json-validation-failed-3": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                };
            };
        };
        /** @description The request is not valid */
        "400-validation-failed-3": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:validation-failed";
                };
            };
        };
        /** @description Employee not found */
        "404-employee-not-found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    type?: "urn:tawasul:problem:employee-not-found";
                };
            };
        };
    };
    parameters: {
        reference: string;
        /** @description The attachment, as the API named it; any other value is 404. */
        attachmentId: string;
        /** @description The employee's iqama number; one who is not the caller's establishment's employee now, or any other value, is 404. */
        iqamaNumber: string;
        /** @description The bulk request, as the API named it; another establishment's, or any other value, is 404. */
        bulkRequestId: string;
        /**
         * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
         * @example 6f1d2c3b-retry-1
         */
        IdempotencyKey: string;
        /**
         * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
         * @example en;q=0.9, ar;q=0.8
         */
        AcceptLanguage: string;
    };
    requestBodies: never;
    headers: {
        /** @description Where what was created can be read: a path of this API as the request addressed it (on a stage’s own address, the stage comes first). */
        Location: string;
        /** @description Present and `true` when the answer repeats the one given to the first request with this key. */
        IdempotentReplayed: "true";
        /** @description The language of the texts in the answer. */
        ContentLanguage: "ar" | "en";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListCategories: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request types. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryList"];
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ListInquiries: {
        parameters: {
            query?: {
                /** @description How many items the page holds: 1–100, 20 if left out. */
                limit?: number;
                /** @description Where the previous page ended: its `nextCursor`, as given. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inquiries. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryPage"];
                };
            };
            400: components["responses"]["400-validation-failed"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    SubmitInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
                    /** @description 10–4000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    description: string;
                };
            };
        };
        responses: {
            /** @description The inquiry as filed. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            409: components["responses"]["409-concurrent-change"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inquiry. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            400: components["responses"]["400-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ListAttachments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentList"];
                };
            };
            400: components["responses"]["400-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    RequestUpload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 4096 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1–255 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    fileName: string;
                    /** @enum {string} */
                    contentType: "application/pdf" | "image/jpeg" | "image/png";
                    size: number;
                };
            };
        };
        responses: {
            /** @description The attachment, PENDING, with its upload form. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewAttachment"];
                };
            };
            400: components["responses"]["400-malformed-json-validation-failed"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            409: components["responses"]["409-attachment-limit-reached-concurrent-change"];
            413: components["responses"]["413-attachment-too-large-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
                /** @description The attachment, as the API named it; any other value is 404. */
                attachmentId: components["parameters"]["attachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedAttachment"];
                };
            };
            400: components["responses"]["400-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            /** @description Attachment not found / Request not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:attachment-not-found" | "urn:tawasul:problem:inquiry-not-found";
                    };
                };
            };
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ListReviewQueue: {
        parameters: {
            query?: {
                section?: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
                status?: "SUBMITTED" | "UNDER_REVIEW" | "NEEDS_INFO" | "APPEALED";
                /** @description How many items the page holds: 1–100, 20 if left out. */
                limit?: number;
                /** @description Where the previous page ended: its `nextCursor`, as given. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the queue. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueuePage"];
                };
            };
            400: components["responses"]["400-validation-failed"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetReviewInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inquiry. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerInquiry"];
                };
            };
            400: components["responses"]["400-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    DecideInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "ACCEPT";
                    /** @description 1–2000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    note?: string;
                    /** @description 1–2000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    internalNote?: string;
                } | {
                    /** @constant */
                    decision: "REJECT";
                    /** @description 1–2000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    note: string;
                    /** @description 1–2000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    internalNote?: string;
                } | {
                    /** @constant */
                    decision: "REQUEST_INFO";
                    /** @description 1–2000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    note: string;
                    /** @description 1–2000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    internalNote?: string;
                    requestedDocuments?: string[];
                };
            };
        };
        responses: {
            /** @description The inquiry after the decision. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerInquiry"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            /** @description Concurrent change / Another reviewer is required / Not possible in the request’s current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:concurrent-change" | "urn:tawasul:problem:second-reviewer-required" | "urn:tawasul:problem:transition-not-allowed";
                    };
                };
            };
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ReplyToInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1–4000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    message: string;
                    /** @description Ids of this inquiry's own attachments, uploaded before. */
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description The inquiry after the reply. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            400: components["responses"]["400-malformed-json-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            409: components["responses"]["409-concurrent-change-transition-not-allowed"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    AppealInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1–4000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    reason: string;
                    /** @description Ids of this inquiry's own attachments, uploaded before. */
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description The inquiry, APPEALED. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            /** @description The appeal period is over / Concurrent change / Not possible in the request’s current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:appeal-window-closed" | "urn:tawasul:problem:concurrent-change" | "urn:tawasul:problem:transition-not-allowed";
                    };
                };
            };
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    RateInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                    /** @description 1–1000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description The inquiry with its rating. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            /** @description Already rated / Concurrent change / The rating period is over / Not possible in the request’s current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:already-rated" | "urn:tawasul:problem:concurrent-change" | "urn:tawasul:problem:rating-window-closed" | "urn:tawasul:problem:transition-not-allowed";
                    };
                };
            };
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetReviewStats: {
        parameters: {
            query: {
                /** @description The section; left out, every section (supervisors) or the reviewer’s only one. */
                section?: "RESIDENCY" | "VISAS" | "TRANSFERS" | "FAMILY" | "PASSPORTS" | "VIOLATIONS" | "GENERAL";
                /** @description The window’s first day, in Riyadh: from 2020-01-01 to 2099-12-31. */
                from: string;
                /** @description The window’s last day, in Riyadh: not before `from`, at most 366 days in all, and not after 2099-12-31. */
                to: string;
                groupBy?: "day" | "week" | "requestType";
            };
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The window’s figures. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStats"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ListDocuments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    UpdatePassport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 4096 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    passportNumber: string;
                    /** Format: date */
                    issueDate: string;
                    /** Format: date */
                    expiryDate: string;
                    dependentId?: string;
                };
            };
        };
        responses: {
            /** @description The passport as now held. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["400-malformed-json-validation-failed-3"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            /** @description Dependent not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:dependent-not-found";
                    };
                };
            };
            409: components["responses"]["409-concurrent-change"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetPreferences: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preferences. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    UpdatePreferences: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 1024 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The language SMS reminders are written in.
                     * @enum {string}
                     */
                    locale: "ar" | "en" | "ur" | "hi" | "bn" | "tl";
                    /** @description Whether expiry reminders are sent at all. */
                    smsReminders: boolean;
                };
            };
        };
        responses: {
            /** @description The preferences as now kept. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            409: components["responses"]["409-concurrent-change"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ListEmployees: {
        parameters: {
            query?: {
                /** @description Only documents expiring within this many days (0–366) of today in Riyadh, expired ones included. */
                expiringWithinDays?: string;
                documentType?: "IQAMA" | "PASSPORT" | "EXIT_REENTRY_VISA" | "VISIT_VISA" | "WORK_VISA";
                /** @description How many items the page holds: 1–100, 20 if left out. */
                limit?: number;
                /** @description Where the previous page ended: its `nextCursor`, as given. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeDocumentPage"];
                };
            };
            400: components["responses"]["400-validation-failed"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetEmployee: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The employee's iqama number; one who is not the caller's establishment's employee now, or any other value, is 404. */
                iqamaNumber: components["parameters"]["iqamaNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The employee. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employee"];
                };
            };
            400: components["responses"]["400-validation-failed-3"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-employee-not-found"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    UpdateEmployeePassport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The employee's iqama number; one who is not the caller's establishment's employee now, or any other value, is 404. */
                iqamaNumber: components["parameters"]["iqamaNumber"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 4096 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    passportNumber: string;
                    /** Format: date */
                    issueDate: string;
                    /** Format: date */
                    expiryDate: string;
                };
            };
        };
        responses: {
            /** @description The passport as now held. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["400-malformed-json-validation-failed-3"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-employee-not-found"];
            /** @description Concurrent change / The employee holds a newer passport */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:concurrent-change" | "urn:tawasul:problem:newer-passport-held";
                    };
                };
            };
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ListEmployeeInquiries: {
        parameters: {
            query?: {
                /** @description How many items the page holds: 1–100, 20 if left out. */
                limit?: number;
                /** @description Where the previous page ended: its `nextCursor`, as given. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inquiries. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeInquiryPage"];
                };
            };
            400: components["responses"]["400-validation-failed"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    SubmitEmployeeInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    iqamaNumber: string;
                    /** @enum {string} */
                    category: "IQAMA_ISSUANCE_RENEWAL" | "IQAMA_LATE_RENEWAL" | "PERSONAL_DATA_CORRECTION" | "PROFESSION_CHANGE" | "SPONSORSHIP_TRANSFER" | "EXIT_REENTRY_VISA" | "VISA_EXTENSION" | "LOST_STOLEN_PASSPORT" | "PASSPORT_INFORMATION_UPDATE" | "DEPENDENTS_CHANGE" | "RESIDENCY_VIOLATION" | "PROCEDURE_COMPLAINT" | "GENERAL_INQUIRY";
                    /** @description 10–4000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    description: string;
                };
            };
        };
        responses: {
            /** @description The inquiry as filed. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeInquiry"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-employee-not-found"];
            409: components["responses"]["409-concurrent-change"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetEmployeeInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inquiry. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeInquiry"];
                };
            };
            400: components["responses"]["400-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    ReplyToEmployeeInquiry: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 32768 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1–4000 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    message: string;
                    /** @description Ids of this inquiry's own attachments, uploaded before. */
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description The inquiry after the reply. */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeInquiry"];
                };
            };
            400: components["responses"]["400-malformed-json-validation-failed-2"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            409: components["responses"]["409-concurrent-change-transition-not-allowed"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    RequestEmployeeUpload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reference: components["parameters"]["reference"];
            };
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 4096 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1–255 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    fileName: string;
                    /** @enum {string} */
                    contentType: "application/pdf" | "image/jpeg" | "image/png";
                    size: number;
                };
            };
        };
        responses: {
            /** @description The attachment, PENDING, with its upload form. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewAttachment"];
                };
            };
            400: components["responses"]["400-malformed-json-validation-failed"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            404: components["responses"]["404-inquiry-not-found"];
            409: components["responses"]["409-attachment-limit-reached-concurrent-change"];
            413: components["responses"]["413-attachment-too-large-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    RequestBulkUpload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body answers as the first request did (`idempotent-replayed: true`); with another body it is 422. Keys are the caller’s own.
                 * @example 6f1d2c3b-retry-1
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON in UTF-8, at most 4096 bytes (a larger body is 413): send characters as they are, since a \u escape takes six bytes (twelve for an emoji) of the same allowance. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "PASSPORT_UPDATES" | "INQUIRIES";
                    /** @description 1–200 Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks. */
                    fileName: string;
                    /** @enum {string} */
                    contentType: "text/csv" | "application/x-ndjson";
                    size: number;
                };
            };
        };
        responses: {
            /** @description The bulk request, PENDING, with its upload form. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewBulkRequest"];
                };
            };
            /** @description Malformed JSON / The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:malformed-json" | "urn:tawasul:problem:validation-failed";
                    };
                };
            };
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            409: components["responses"]["409-concurrent-change"];
            413: components["responses"]["413-payload-too-large"];
            415: components["responses"]["415-unsupported-media-type"];
            422: components["responses"]["422-idempotency-key-reused"];
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetBulkRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The bulk request, as the API named it; another establishment's, or any other value, is 404. */
                bulkRequestId: components["parameters"]["bulkRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bulk request and its report. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReport"];
                };
            };
            400: components["responses"]["400-validation-failed-3"];
            401: components["responses"]["401-unauthenticated"];
            403: components["responses"]["403-blocked-forbidden"];
            /** @description Bulk request not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:bulk-request-not-found";
                    };
                };
            };
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
    GetProcessingTimes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ar (the default) or en, with RFC 9110 weights; other languages fall back to Arabic. Only the first 512 characters are read.
                 * @example en;q=0.9, ar;q=0.8
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published figures. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingTimes"];
                };
            };
            /** @description Blocked by the firewall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        type?: "urn:tawasul:problem:blocked";
                    };
                };
            };
            429: components["responses"]["429-throttled"];
            500: components["responses"]["500-internal"];
            "4XX": components["responses"]["4XX-bad-request"];
            "5XX": components["responses"]["5XX-internal"];
        };
    };
}
