import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { playgroundUrl, simulatorUrl } from "../environment.js";

const require = createRequire(import.meta.url);

/** The official SDK's UMD chat bundle (root dev dependency `kore-web-sdk`), read once. */
const bundlePath = require.resolve("kore-web-sdk/dist/umd/kore-web-sdk-umd-chat.min.js");
let bundle: string | undefined;

/** Where the host page and the bundle are served (intercepted on the playground's origin). */
export const hostPageUrl = new URL("official-sdk.html", playgroundUrl).href;
const bundleUrl = new URL("official-sdk/kore-web-sdk-umd-chat.min.js", playgroundUrl).href;

/** The simulator's app and bot (packages/simulator/src/simulator.ts defaults). */
export const simulatorBot = {
  name: "Demo Bot",
  _id: "st-00000000-0000-4000-8000-000000000b07",
} as const;
const simulatorClientId = "cs-00000000-0000-4000-8000-000000000001";

function hostPageHtml(identity: string): string {
  const options = {
    koreAPIUrl: `${simulatorUrl}/api/`,
    JWTUrl: `${simulatorUrl}/demo/jwt`,
    userIdentity: identity,
    botInfo: simulatorBot,
    clientId: simulatorClientId,
    // The SDK posts this to JWTUrl; the simulator's demo backend ignores it and signs with its own.
    clientSecret: "unused-by-the-simulator",
  };
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Official Kore web SDK against the simulator</title></head>
<body>
<script src="${bundleUrl}"></script>
<script>
  const chatConfig = KoreChatSDK.chatConfig;
  Object.assign(chatConfig.botOptions, ${JSON.stringify(options)});
  const chatWindowInstance = new KoreChatSDK.chatWindow();
  window.chatWindowInstance = chatWindowInstance;
  chatWindowInstance.show(chatConfig);
</script>
</body>
</html>`;
}

/**
 * Serves, on the playground's origin, a host page that embeds the official web SDK the way its
 * README's "Legacy" UMD example does, configured for `identity` against the simulator.
 */
export async function routeHostPage(page: Page, identity: string): Promise<void> {
  bundle ??= readFileSync(bundlePath, "utf8");
  const script = bundle;
  await page.route(bundleUrl, (route) =>
    route.fulfill({ contentType: "text/javascript; charset=utf-8", body: script }),
  );
  await page.route(hostPageUrl, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: hostPageHtml(identity) }),
  );
}
