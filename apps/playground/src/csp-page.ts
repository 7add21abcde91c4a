/**
 * `/csp.html`: the embed on a page with a strict Content Security Policy, as a careful host
 * site serves it. Scripts and styles from the page's own origin only (no inline script, no
 * eval, no inline style: the widget styles itself with constructable stylesheets), and
 * connections to the page's origin (config, JWT) and the platform's, over HTTP and WebSocket.
 */

/** The platform origin in the two schemes the widget uses: `http(s)` for the API, `ws(s)` for RTM. */
function platformSources(apiHost: string): string[] {
  const origin = new URL(apiHost).origin;
  return [origin, origin.replace(/^http/, "ws")];
}

/**
 * The page's policy. `img-src` adds the platform origin (the bot's avatar is served there),
 * and `https:` for the images bots put in their templates.
 *
 * @example
 * strictCsp("http://127.0.0.1:4010");
 * // "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:4010 ws://127.0.0.1:4010; …"
 */
export function strictCsp(apiHost: string): string {
  const platform = platformSources(apiHost);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${platform.join(" ")}`,
    `img-src 'self' ${platform[0]} https:`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The page: the same two scripts as `embed.html`, nothing inline. */
export const cspPageHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>kore-chat: the embed under a strict Content Security Policy</title>
    <link rel="stylesheet" href="/embed-demo.css" />
  </head>
  <body>
    <main>
      <h1>A page with a strict CSP</h1>
      <p>
        This page is served with <code>script-src 'self'; style-src 'self'</code> and a
        <code>connect-src</code> limited to this origin and the platform's. The embed script
        works under it: no inline script, no eval, no inline style.
      </p>
      <p><a href="/">Back to the playground</a></p>
    </main>
    <script src="/embed/kore-chat.js"></script>
    <script src="/embed-demo.js"></script>
  </body>
</html>
`;
