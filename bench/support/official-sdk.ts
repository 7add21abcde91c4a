import type { Page } from "@playwright/test";

/** The official web SDK's host page, as the e2e test serves it (e2e/official-web-sdk/host-page.ts). */
export interface OfficialSdkPage {
  /** Where the page is (intercepted: nothing listens there). */
  readonly url: string;
  /** Routes the page and the SDK's bundle for `identity` on `page`. */
  route(page: Page, identity: string): Promise<void>;
}

let loaded: Promise<OfficialSdkPage> | undefined;

/**
 * Reuses the e2e host page of the official SDK (the npm package `kore-web-sdk`'s UMD chat
 * bundle, configured as its README's "Legacy" example) against the bench's simulator, on the
 * bench host's origin. The e2e module reads its ports from the environment when it is first
 * imported, so they are set to the bench's just before; the bench imports it once.
 */
export function officialSdkPage(hostUrl: string, simulatorUrl: string): Promise<OfficialSdkPage> {
  loaded ??= (async () => {
    process.env.KORE_E2E_PLAYGROUND_PORT = new URL(hostUrl).port;
    process.env.KORE_E2E_SIMULATOR_PORT = new URL(simulatorUrl).port;
    const { hostPageUrl, routeHostPage } = await import("../../e2e/official-web-sdk/host-page.js");
    return { url: hostPageUrl, route: routeHostPage };
  })();
  return loaded;
}
