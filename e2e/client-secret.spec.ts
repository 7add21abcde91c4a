import { createHmac } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoApp } from "../packages/simulator/src/simulator.js";
import {
  browserOutputs,
  findSecrets,
  scanForSecrets,
  secretPatterns,
} from "../scripts/bundle-secrets.js";
import { ChatPage } from "./support/chat-page.js";
import { expect, test } from "./support/fixtures.js";

const root = fileURLToPath(new URL("..", import.meta.url));

function decodeSegment(segment: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment ?? "", "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
}

test("/api/jwt signs on the server: the browser gets a JWT, never the secret it is signed with", async ({
  request,
  identity,
}) => {
  const response = await request.post("/api/jwt", { data: { identity } });
  expect(response.status()).toBe(200);
  const text = await response.text();
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual(["jwt"]);
  const jwt = String(body.jwt);
  const [header, payload, signature] = jwt.split(".");
  expect(decodeSegment(header)).toMatchObject({ alg: "HS256" });
  expect(decodeSegment(payload)).toMatchObject({ iss: demoApp.clientId, sub: identity });
  // Signed with the app's secret, which the answer does not carry.
  expect(signature).toBe(
    createHmac("sha256", demoApp.clientSecret).update(`${header}.${payload}`).digest("base64url"),
  );
  const withoutJwt = secretPatterns().filter(({ name }) => !name.includes("JWT"));
  expect(findSecrets(`${JSON.stringify(response.headers())}\n${text}`, withoutJwt)).toEqual([]);

  expect((await request.get("/api/jwt")).status()).toBe(405);
  const config = await request.get("/api/config");
  expect(findSecrets(await config.text(), secretPatterns())).toEqual([]);
});

test("nothing the browser downloads for the playground or the embed pages carries a secret", async ({
  page,
  identity,
  simulator: _resetFaults,
}) => {
  const scanned: string[] = [];
  const leaks: string[] = [];
  const reads: Promise<void>[] = [];
  // Read each body as it arrives: a page's bodies are gone once the next page is loaded.
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith("/api/jwt")) return;
    reads.push(
      response.body().then(
        (body) => {
          scanned.push(pathname);
          for (const leak of findSecrets(body.toString("latin1"), secretPatterns())) {
            leaks.push(`${pathname} contains ${leak.pattern}`);
          }
        },
        () => {}, // A redirect or an aborted request has no body.
      ),
    );
  });
  const user = new URLSearchParams({ user: identity });
  for (const path of ["/", "/embed.html", "/csp.html"]) {
    const chat = new ChatPage(page, path === "/" ? "page" : "embed");
    await page.goto(`${path}?${user}`);
    if (path !== "/") await chat.openPanel(); // the tab may remember it open already
    await chat.expectConnection("open");
    await expect(chat.messages).not.toHaveCount(0);
    await Promise.all(reads);
  }

  // The React app's own modules (served by the dev server), the embed script and the history.
  expect(scanned).toEqual(
    expect.arrayContaining([
      "/src/main.tsx",
      "/embed/kore-chat.js",
      "/embed-demo.js",
      "/api/botmessages/rtm",
    ]),
  );
  expect(scanned.filter((path) => path.endsWith("/packages/transport/src/index.ts"))).not.toEqual(
    [],
  );
  expect(leaks).toEqual([]);
});

test("the bundle check finds a planted secret, and none in the built browser outputs", () => {
  const planted = mkdtempSync(join(tmpdir(), "kore-chat-bundle-"));
  try {
    writeFileSync(join(planted, "clean.js"), 'console.log("hello");');
    writeFileSync(
      join(planted, "leaky.js"),
      `fetch(url, { body: JSON.stringify({ k: ${JSON.stringify(demoApp.clientSecret)} }) });`,
    );
    writeFileSync(join(planted, "reads-env.js"), "const s = process.env.KORE_CLIENT_SECRET;");
    const configured = "a-real-apps-secret-0123456789";
    writeFileSync(join(planted, "inlined.js"), `const key = "${configured}";`);
    const { files, leaks } = scanForSecrets(
      [planted],
      secretPatterns({ KORE_CLIENT_SECRET: configured }),
      "/",
    );
    expect(files).toBe(4);
    expect(leaks.map((leak) => `${leak.file.split("/").pop()}: ${leak.pattern}`).sort()).toEqual([
      "inlined.js: the value of KORE_CLIENT_SECRET",
      "leaky.js: the simulator's demo client secret",
      "reads-env.js: a client secret's name (KORE_CLIENT_SECRET, clientSecret)",
    ]);
  } finally {
    rmSync(planted, { recursive: true, force: true });
  }

  // The embed is built for every e2e run; the app and Storybook builds are checked when present
  // (`npm test` builds them all and runs scripts/check-bundle-secrets.ts right after).
  const built = browserOutputs.filter((directory) => existsSync(join(root, directory)));
  expect(built).toContain("packages/embed/dist");
  expect(scanForSecrets(built, secretPatterns(), root).leaks).toEqual([]);
});
