import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { cspPageHtml, strictCsp } from "./csp-page.js";

const embedScript = fileURLToPath(
  new URL("../../../packages/embed/dist/kore-chat.js", import.meta.url),
);

export interface EmbedPageConfig {
  readonly apiHost: string;
  readonly botInfo: { readonly chatBot: string; readonly taskBotId: string };
}

/**
 * Serves what `embed.html` needs, as a host site would: the built embed script
 * at `/embed/kore-chat.js`, and the widget's configuration at `/api/config`
 * (a host would write it into its page; a strict CSP forbids inline scripts).
 * Also `/csp.html`: the same page served with a strict Content-Security-Policy header.
 */
export function embedPage(config: EmbedPageConfig): Plugin {
  return {
    name: "kore-chat-playground-embed",
    configureServer(server) {
      server.middlewares.use(
        "/embed/kore-chat.js",
        (_request: IncomingMessage, response: ServerResponse) => {
          if (!existsSync(embedScript)) {
            response.statusCode = 404;
            response.end(
              "// build the embed first: pnpm --filter @kore-chat/embed exec vite build",
            );
            return;
          }
          response.setHeader("content-type", "text/javascript");
          response.end(readFileSync(embedScript));
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
