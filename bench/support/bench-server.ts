import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The page every browser section starts from: the embed script and nothing else. */
const benchPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>kore-chat bench</title></head>
  <body><main><h1>A host page</h1></main><script src="/kore-chat.js"></script></body>
</html>`;

/** A host site for the embed: the page, the script, and its JWT endpoint (as the playground's). */
export interface BenchServer {
  readonly url: string;
  close(): Promise<void>;
}

async function readIdentity(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  const identity = (JSON.parse(body || "{}") as { identity?: unknown }).identity;
  return typeof identity === "string" && identity !== "" ? identity : "bench@example.com";
}

/**
 * Serves `/bench.html`, `/kore-chat.js` (the given build) and `POST /api/jwt { identity }`
 * signed by `signJwt`, on loopback.
 */
export async function startBenchServer(options: {
  readonly script: string;
  readonly signJwt: (identity: string) => Promise<string>;
  readonly port?: number;
}): Promise<BenchServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://bench.invalid").pathname;
    if (path === "/bench.html") {
      response.writeHead(200, { "content-type": "text/html" }).end(benchPage);
    } else if (path === "/kore-chat.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(options.script);
    } else if (path === "/api/jwt" && request.method === "POST") {
      readIdentity(request)
        .then(options.signJwt)
        .then(
          (jwt) =>
            response
              .writeHead(200, { "content-type": "application/json" })
              .end(JSON.stringify({ jwt })),
          () => response.writeHead(500).end(),
        );
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
