import { type LoadedModules, registeredModule } from "./module-registry.js";

/** The files the script loads, next to it (or under `assetsUrl`). */
export const moduleFiles = {
  panel: "kore-chat-panel.js",
  connect: "kore-chat-connect.js",
} as const satisfies Record<keyof LoadedModules, string>;

/** A file next to the script (or under `assetsUrl`), relative URLs against the page. */
export function assetUrl(file: string, assetsUrl: string, pageUrl: string = document.baseURI) {
  return new URL(file, new URL(assetsUrl, pageUrl)).href;
}

export interface ModuleScriptOptions {
  readonly nonce?: string | undefined;
  readonly integrity?: string | undefined;
}

/** The page's CSP nonce and the file's SRI hash (which needs a CORS fetch) on its element. */
function withNonceAndHash<E extends HTMLScriptElement | HTMLLinkElement>(
  element: E,
  options: ModuleScriptOptions,
): E {
  if (options.nonce !== undefined) element.nonce = options.nonce;
  if (options.integrity !== undefined) {
    element.integrity = options.integrity;
    element.crossOrigin = "anonymous";
  }
  return element;
}

// One load per file for every widget on the page; forgotten when it fails, so a retry fetches again.
const loading = new Map<string, Promise<unknown>>();

/**
 * Fetches and runs one of the embed's files (an ES module) through a script element, which
 * carries the page's CSP nonce and an SRI hash, and resolves with what it registered. The
 * panel's own chunks are imported by it and inherit the nonce. Already registered (a bundler
 * imported the file with the script): resolves at once, nothing fetched.
 */
export function loadModuleScript<K extends keyof LoadedModules>(
  name: K,
  url: string,
  options: ModuleScriptOptions = {},
): Promise<LoadedModules[K]> {
  const ready = registeredModule(name);
  if (ready !== undefined) return Promise.resolve(ready);
  const pending = loading.get(url) as Promise<LoadedModules[K]> | undefined;
  if (pending !== undefined) return pending;
  const load = new Promise<LoadedModules[K]>((resolve, reject) => {
    const script = withNonceAndHash(document.createElement("script"), options);
    script.type = "module";
    script.src = url;
    script.addEventListener("load", () => {
      const module = registeredModule(name);
      if (module !== undefined) resolve(module);
      else reject(new Error(`KoreChat: ${url} is not the kore-chat ${name}`));
    });
    script.addEventListener("error", () =>
      reject(new Error(`KoreChat: the ${name} (${url}) did not load`)),
    );
    document.head.append(script);
  });
  loading.set(url, load);
  load.catch(() => loading.delete(url));
  return load;
}

/**
 * Fetches a module file without running it (`<link rel="modulepreload">`, with the nonce and SRI
 * hash `loadModuleScript` will give it, so that one finds it ready): resolves once it has
 * arrived, or failed (the script element then reports it).
 */
export function preloadModule(url: string, options: ModuleScriptOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    const link = withNonceAndHash(document.createElement("link"), options);
    link.rel = "modulepreload";
    link.href = url;
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => resolve());
    document.head.append(link);
  });
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
