import type { IncomingMessage, ServerResponse } from "node:http";
import { SignJWT } from "jose";
import type { Plugin } from "vite";

/** Signs a JWT for an identity: the "host backend" every real integration has. */
export type JwtSigner = (identity: string) => Promise<string>;

/**
 * Signs with a platform app's client id and secret, as a host backend does for
 * a real platform (PROTOCOL.md §1). The secret stays in this server process.
 */
export function appSecretSigner(clientId: string, clientSecret: string): JwtSigner {
  const key = new TextEncoder().encode(clientSecret);
  return (identity) =>
    new SignJWT({ isAnonymous: false })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuer(clientId)
      .setSubject(identity)
      .setAudience("https://idproxy.kore.com/authorize")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(key);
}

async function readIdentity(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  try {
    const identity = (JSON.parse(body) as { identity?: unknown }).identity;
    if (typeof identity === "string" && identity.trim() !== "")
      return identity.trim().slice(0, 200);
  } catch {
    // An empty or unreadable body means the demo user.
  }
  return "demo-user@example.com";
}

/** `POST /api/jwt { identity } → { jwt }` on the playground's own origin. */
export function jwtEndpoint(sign: JwtSigner): Plugin {
  return {
    name: "kore-chat-playground-jwt",
    configureServer(server) {
      server.middlewares.use("/api/jwt", (request: IncomingMessage, response: ServerResponse) => {
        if (request.method !== "POST") {
          response.statusCode = 405;
          response.end();
          return;
        }
        readIdentity(request)
          .then(sign)
          .then(
            (jwt) => {
              response.setHeader("content-type", "application/json");
              response.end(JSON.stringify({ jwt }));
            },
            (error: unknown) => {
              response.statusCode = 500;
              response.end(JSON.stringify({ error: String(error) }));
            },
          );
      });
    },
  };
}
