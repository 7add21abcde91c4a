import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import type { EmbedBuild } from "./build-embed.js";

/** Where a page's embed files are served from: the current build, or `/before/` for the other. */
export type EmbedVariant = "current" | "before";

const embedPrefix = (variant: EmbedVariant) => (variant === "before" ? "/before/" : "/");

/** The page most browser sections start from: the embed script and nothing else. */
const benchPage = (variant: EmbedVariant) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>kore-chat bench</title></head>
  <body><main><h1>A host page</h1></main><script src="${embedPrefix(variant)}kore-chat.js"></script></body>
</html>`;

/**
 * A plain content page, the same with and without the widget: `/plain.html` has no script,
 * `/site.html` ends with the embed script and an inline script that mounts the widget (closed;
 * `identity`, `preload` and `open` from the page's query) as a site would. Inline, as the
 * official SDK's host page configures it, so the only JavaScript file either page adds is the
 * widget's own.
 */
const sitePage = (mount: string | undefined, variant: EmbedVariant) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Order help — a host site</title>
    <style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 42rem; padding: 1rem; }</style>
  </head>
  <body>
    <header><h1>Order help</h1><nav><a href="#shipping">Shipping</a> · <a href="#returns">Returns</a></nav></header>
    <main>
      <p>Track an order, change where it goes, or send it back. Most questions are answered below;
      the assistant in the corner answers the rest, day and night.</p>
      <h2 id="shipping">Shipping</h2>
      <p>Orders placed before 2 pm leave the warehouse the same day. Standard delivery takes two to
      four working days; express delivery arrives the next working day.</p>
      <ul><li>Standard: free above 40 €</li><li>Express: 9 €</li><li>Pick-up point: free</li></ul>
      <h2 id="returns">Returns</h2>
      <p>Send anything back within 30 days, unused and in its packaging. The refund reaches the
      original payment method within five working days of the parcel arriving.</p>
    </main>
    <footer><p>© A host site</p></footer>${
      mount === undefined
        ? ""
        : `\n    <script src="${embedPrefix(variant)}kore-chat.js"></script>\n    <script>${mount}</script>`
    }
  </body>
</html>`;

/** The site's own script: mounts the widget with the page's `identity`, `preload` and `open`. */
const startChat = (config: MountConfig) => `
(() => {
  const query = new URLSearchParams(location.search);
  const options = {
    apiHost: ${JSON.stringify(config.apiHost)},
    botInfo: ${JSON.stringify(config.botInfo)},
    jwtUrl: "/api/jwt",
    jwtRequestBody: { identity: query.get("identity") || "site@bench.example" },
    title: "Order help",
  };
  if (query.has("preload")) options.preload = query.get("preload");
  if (query.get("open") === "1") options.open = true;
  window.__kcSiteWidget = KoreChat.mount(options);
})();
    `;

/** What the site page mounts the widget against: the simulator. */
export interface MountConfig {
  readonly apiHost: string;
  readonly botInfo: { readonly chatBot: string; readonly taskBotId: string };
}

/** A host site for the embed: the pages, the embed's files, and its JWT endpoint (as the playground's). */
export interface BenchServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

async function readIdentity(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  const identity = (JSON.parse(body || "{}") as { identity?: unknown }).identity;
  return typeof identity === "string" && identity !== "" ? identity : "bench@example.com";
}

interface Asset {
  readonly body: Buffer;
  readonly gzipped: Buffer;
  readonly type: string;
}

const asset = (text: string, type: string): Asset => {
  const body = Buffer.from(text);
  return { body, gzipped: gzipSync(body, { level: 9 }), type };
};

/** Every file of a build by its URL path under `prefix`. */
function embedAssets(build: EmbedBuild, prefix: string): Array<[string, Asset]> {
  const files = [
    build.script,
    ...(build.panel ? [build.panel] : []),
    ...(build.connect ? [build.connect] : []),
    ...build.chunks,
  ];
  return [...files, ...build.locales].map((file) => [
    `${prefix}${file.name}`,
    asset(file.code, "text/javascript; charset=utf-8"),
  ]);
}

/**
 * Serves, on loopback: `/bench.html`, `/plain.html` and `/site.html` (see
 * above; `?embed=before` swaps in the `before` build, served under `/before/`), the embed's
 * files next to each other as `dist/` has them (`kore-chat.js`, `kore-chat-panel.js`,
 * `kore-chat-connect.js`, `chunks/`, `locales/`), gzipped (level 9) when the browser accepts it as a site's server
 * would, and `POST /api/jwt { identity }` signed by `signJwt`.
 */
export async function startBenchServer(options: {
  readonly build: EmbedBuild;
  readonly before?: EmbedBuild | undefined;
  readonly mountConfig: MountConfig;
  readonly signJwt: (identity: string) => Promise<string>;
  readonly port?: number;
}): Promise<BenchServer> {
  const html = "text/html; charset=utf-8";
  const assets = new Map<string, Asset>([
    ...embedAssets(options.build, "/"),
    ...(options.before ? embedAssets(options.before, "/before/") : []),
    ["/plain.html", asset(sitePage(undefined, "current"), html)],
  ]);
  const variants: EmbedVariant[] = options.before ? ["current", "before"] : ["current"];
  const pages = new Map(
    variants.flatMap((variant) => [
      [`/bench.html ${variant}`, asset(benchPage(variant), html)],
      [`/site.html ${variant}`, asset(sitePage(startChat(options.mountConfig), variant), html)],
    ]),
  );
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://bench.invalid");
    const variant = url.searchParams.get("embed") === "before" ? "before" : "current";
    const found = assets.get(url.pathname) ?? pages.get(`${url.pathname} ${variant}`);
    if (found !== undefined && request.method === "GET") {
      const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      response
        .writeHead(200, {
          "content-type": found.type,
          "cache-control": "no-store",
          vary: "accept-encoding",
          ...(gzip ? { "content-encoding": "gzip" } : {}),
        })
        .end(gzip ? found.gzipped : found.body);
    } else if (url.pathname === "/api/jwt" && request.method === "POST") {
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
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
