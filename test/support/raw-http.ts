import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { committedContract } from './response-contract.js';

export interface RawResponse {
  status: number;
  /** Header names lower-cased; a repeated header keeps its last value. */
  headers: Map<string, string>;
  body: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');

// What a write that starts a request begins with; the bytes of a body or a chunk never do here.
const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/;

/**
 * One TCP connection to a loopback server, written as bytes and read as the server answers, for
 * what fetch cannot send (malformed requests, oversized headers) or cannot show (whether the
 * connection survives a response). Every response it reads is checked against the API's contract,
 * as the answer to the request whose line it wrote, in order; one with no request left to answer
 * (bytes that were no request) must be a problem.
 */
export class RawConnection {
  #received = Buffer.alloc(0);
  #ended = false;
  readonly #unanswered: { method: string; target: string }[] = [];
  #waiting?: () => void;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#received = Buffer.concat([this.#received, chunk]);
      this.#wake();
    });
    socket.on('close', () => {
      this.#ended = true;
      this.#wake();
    });
    // A reset after the server's answer (it closed while we were still sending) is not a failure.
    socket.on('error', () => undefined);
  }

  static async open(baseUrl: string): Promise<RawConnection> {
    const { hostname, port } = new URL(baseUrl);
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    return new RawConnection(socket);
  }

  /** Writes bytes; resolves when they are handed to the kernel, or at once if the server is gone. */
  write(bytes: string | Buffer): Promise<void> {
    const line = REQUEST_LINE.exec(
      typeof bytes === 'string' ? bytes.slice(0, 2048) : bytes.toString('latin1', 0, 2048),
    );
    if (line) this.#unanswered.push({ method: line[1] ?? '', target: line[2] ?? '' });
    if (this.socket.destroyed || !this.socket.writable) return Promise.resolve();
    return new Promise((resolve) => this.socket.write(bytes, () => resolve()));
  }

  /** The next final (non-1xx) response, or undefined if the server closed without one. */
  async next(timeoutMs = 10_000): Promise<RawResponse | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = this.#take();
      if (response && response.status >= 200) return this.#checked(response);
      if (response) continue;
      if (this.#ended) return undefined;
      if (Date.now() > deadline)
        throw new Error(
          `No complete response in ${timeoutMs} ms; received so far: ${this.#received.toString('latin1').slice(0, 300)}`,
        );
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
        setTimeout(resolve, 50);
      });
    }
  }

  /** Whether the server closes the connection within `timeoutMs`. */
  async closedWithin(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#ended && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.#ended;
  }

  close() {
    this.socket.destroy();
  }

  #wake() {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.();
  }

  /** `response`, once the contract describes it as the answer to the oldest request not yet answered. */
  #checked(response: RawResponse): RawResponse {
    const request = this.#unanswered.shift();
    const received = {
      status: response.status,
      headers: { get: (name: string) => response.headers.get(name) },
      body: response.body.toString('utf8'),
    };
    if (request) committedContract().check({ ...received, method: request.method, url: request.target });
    else committedContract().checkUnrouted(received);
    return response;
  }

  /** Parses one response off the front of what was received, if all of it has arrived. */
  #take(): RawResponse | undefined {
    const headEnd = this.#received.indexOf(HEAD_END);
    if (headEnd < 0) return undefined;
    const [statusLine = '', ...lines] = this.#received.subarray(0, headEnd).toString('latin1').split('\r\n');
    const status = Number(statusLine.split(' ')[1]);
    const headers = new Map(
      lines.map((line) => [
        line.slice(0, line.indexOf(':')).trim().toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
    );
    const rest = this.#received.subarray(headEnd + HEAD_END.length);
    let body: Buffer;
    let consumed: number;
    if (status < 200 || status === 204 || status === 304) [body, consumed] = [Buffer.alloc(0), 0];
    else if (headers.has('content-length')) {
      const length = Number(headers.get('content-length'));
      if (rest.length < length) return undefined;
      [body, consumed] = [rest.subarray(0, length), length];
    } else if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
      const chunks: Buffer[] = [];
      let offset = 0;
      for (;;) {
        const lineEnd = rest.indexOf('\r\n', offset);
        if (lineEnd < 0) return undefined;
        const size = parseInt(rest.subarray(offset, lineEnd).toString('latin1'), 16);
        if (rest.length < lineEnd + 2 + size + 2) return undefined;
        chunks.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
        offset = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      [body, consumed] = [Buffer.concat(chunks), offset];
    } else {
      // Delimited by the close of the connection.
      if (!this.#ended) return undefined;
      [body, consumed] = [rest, rest.length];
    }
    this.#received = rest.subarray(consumed);
    return { status, headers, body };
  }
}

/** Sends one request on a new connection and reads its response; the connection is then closed. */
export const rawExchange = async (baseUrl: string, request: string | Buffer, timeoutMs?: number) => {
  const connection = await RawConnection.open(baseUrl);
  try {
    await connection.write(request);
    const response = await connection.next(timeoutMs);
    return { response, closed: await connection.closedWithin(1_000) };
  } finally {
    connection.close();
  }
};
