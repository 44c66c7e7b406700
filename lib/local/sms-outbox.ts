import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { measureSms } from '../../functions/domain/sms/sms-parts.js';

export interface OutboxMessage {
  /** The id SNS would have given it, answered to the sender as the Publish's MessageId. */
  messageId: string;
  at: string;
  phone: string;
  message: string;
  encoding: string;
  parts: number;
}

/**
 * Where the local runtime's SMS go instead of SNS: kept in a file (one JSON object per line) so
 * that they survive restarts, and listed by `GET /local/sms`.
 */
export class SmsOutbox {
  readonly #messages: OutboxMessage[];

  constructor(
    private readonly file: string,
    private readonly clock: () => Date,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.#messages = existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as OutboxMessage)
      : [];
  }

  send(phone: string, message: string): OutboxMessage {
    const size = measureSms(message);
    const entry = {
      messageId: randomUUID(),
      at: this.clock().toISOString(),
      phone,
      message,
      encoding: size.encoding,
      parts: size.parts,
    };
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    this.#messages.push(entry);
    this.log(`SMS to ${phone} (${size.parts} part, ${size.encoding}): ${message}`);
    return entry;
  }

  list(phone?: string): OutboxMessage[] {
    return this.#messages.filter((entry) => phone === undefined || entry.phone === phone);
  }
}
