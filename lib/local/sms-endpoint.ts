import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The one SNS call the functions make — Publish to a phone number — spoken in SNS's own query
 * protocol (form-encoded request, XML answer), so that their SDK client sends local SMS to the
 * outbox unchanged. It listens on loopback only. `send` answers with the message's id, which the
 * Publish answers with, as SNS does.
 */
export const startSmsEndpoint = async (
  send: (phone: string, message: string) => string,
): Promise<{ endpoint: string; server: Server }> => {
  const server = createServer(async (request, response) => {
    const reply = (status: number, xml: string) => {
      response.writeHead(status, { 'content-type': 'text/xml' });
      response.end(`<?xml version="1.0"?>${xml}`);
    };
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const phone = form.get('PhoneNumber');
    const message = form.get('Message');
    if (form.get('Action') !== 'Publish' || !phone || message === null) {
      return reply(
        400,
        '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Only Publish to a phone number is emulated locally</Message></Error></ErrorResponse>',
      );
    }
    const messageId = send(phone, message);
    reply(
      200,
      `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishResponse>`,
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
};
