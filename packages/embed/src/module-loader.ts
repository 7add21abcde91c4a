import type { PanelModule } from "./panel-contract.js";
import { registeredPanel } from "./panel-registry.js";

/** The panel's file next to the script (or under `assetsUrl`), relative URLs against the page. */
export function panelUrl(assetsUrl: string, pageUrl: string = document.baseURI): string {
  return new URL("kore-chat-panel.js", new URL(assetsUrl, pageUrl)).href;
}

export interface PanelScriptOptions {
  readonly nonce?: string | undefined;
  readonly integrity?: string | undefined;
}

// One load per file for every widget on the page; forgotten when it fails, so a retry fetches again.
const loading = new Map<string, Promise<PanelModule>>();

/**
 * Fetches and runs `kore-chat-panel.js` (an ES module) through a script element, which carries
 * the page's CSP nonce and an SRI hash, and resolves with what it registered. The panel's own
 * chunks are imported by it and inherit the nonce. Already registered (a bundler imported the
 * panel with the script): resolves at once, nothing fetched.
 */
export function loadPanelScript(
  url: string,
  options: PanelScriptOptions = {},
): Promise<PanelModule> {
  const ready = registeredPanel();
  if (ready !== undefined) return Promise.resolve(ready);
  const pending = loading.get(url);
  if (pending !== undefined) return pending;
  const load = new Promise<PanelModule>((resolve, reject) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = url;
    if (options.nonce !== undefined) script.nonce = options.nonce;
    if (options.integrity !== undefined) {
      script.integrity = options.integrity;
      script.crossOrigin = "anonymous";
    }
    script.addEventListener("load", () => {
      const panel = registeredPanel();
      if (panel !== undefined) resolve(panel);
      else reject(new Error(`KoreChat: ${url} is not the kore-chat panel`));
    });
    script.addEventListener("error", () =>
      reject(new Error(`KoreChat: the panel (${url}) did not load`)),
    );
    document.head.append(script);
  });
  loading.set(url, load);
  load.catch(() => loading.delete(url));
  return load;
}

/**
 * Calls `load` once the page has loaded and the browser is idle (`preload: "idle"`); returns
 * its cancel.
 */
export function whenIdleAfterLoad(load: () => void): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const schedule = () => {
    if (cancelled) return;
    idle =
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(load, { timeout: 5_000 })
        : window.setTimeout(load, 1_000);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener("load", schedule);
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
