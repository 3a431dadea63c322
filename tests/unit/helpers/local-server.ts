// A local HTTP server for tests (127.0.0.1, a free port): records every request and answers
// with the test's handler. No test reaches past it.
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (request: Recorded, response: ServerResponse) => void | Promise<void>;

export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: Recorded[];
  handler: Handler;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<LocalServer> {
  const state: LocalServer = {
    origin: "",
    requests: [],
    handler,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: Recorded = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", state.origin),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      state.requests.push(recorded);
      Promise.resolve(state.handler(recorded, res)).catch((error: unknown) => {
        res.statusCode = 599;
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

export function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-length": Buffer.byteLength(body).toString(), ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  send(res, status, JSON.stringify(body), { "content-type": "application/json", ...headers });
}

/** A body cut short: the headers promise more bytes than are sent, then the connection drops. */
export function sendTruncated(res: ServerResponse, body: string): void {
  res.writeHead(200, { "content-length": String(Buffer.byteLength(body) * 2) });
  res.write(body);
  // Let the headers and the first bytes arrive before the connection drops.
  setTimeout(() => res.socket?.destroy(), 20);
}

/** A clock and sleep that never wait: sleeping moves the clock. */
export function fakeClock(start = 1_000_000) {
  const clock = {
    time: start,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}
