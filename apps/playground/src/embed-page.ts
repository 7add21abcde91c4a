import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { cspPageHtml, strictCsp } from "./csp-page.js";

const embedDist = new URL("../../../packages/embed/dist/", import.meta.url);
// The files a host serves: the script, the panel and the connection's head start it fetches on
// intent, the panel's on-demand chunks, and the catalogues; nothing else.
const embedFile =
  /^\/(kore-chat(-panel|-connect)?\.js|chunks\/[\w-]+\.js|locales\/[a-z]{2,3}(-[a-z0-9]+)*\.js)$/;

export interface EmbedPageConfig {
  readonly apiHost: string;
  readonly botInfo: { readonly chatBot: string; readonly taskBotId: string };
}

/**
 * Serves what `embed.html` needs, as a host site would: the built embed script
 * at `/embed/kore-chat.js`, its panel, head start and chunks next to it, and its catalogues at `/embed/locales/<tag>.js`, and the widget's configuration at `/api/config`
 * (a host would write it into its page; a strict CSP forbids inline scripts).
 * Also `/csp.html`: the same page served with a strict Content-Security-Policy header.
 */
export function embedPage(config: EmbedPageConfig): Plugin {
  return {
    name: "kore-chat-playground-embed",
    configureServer(server) {
      server.middlewares.use(
        "/embed",
        (request: IncomingMessage, response: ServerResponse, next) => {
          const path = new URL(request.url ?? "/", "http://localhost").pathname;
          const match = embedFile.exec(path);
          if (match?.[1] === undefined) {
            next();
            return;
          }
          const file = fileURLToPath(new URL(match[1], embedDist));
          if (!existsSync(file)) {
            response.statusCode = 404;
            response.end("// build the embed first: pnpm --filter @kore-chat/embed run build");
            return;
          }
          response.setHeader("content-type", "text/javascript");
          response.end(readFileSync(file));
        },
      );
      server.middlewares.use("/csp.html", (_request: IncomingMessage, response: ServerResponse) => {
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("content-security-policy", strictCsp(config.apiHost));
        response.end(cspPageHtml);
      });
      server.middlewares.use(
        "/api/config",
        (_request: IncomingMessage, response: ServerResponse) => {
          response.setHeader("content-type", "application/json");
          response.end(JSON.stringify(config));
        },
      );
    },
  };
}
