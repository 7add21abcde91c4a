import type { HeadStart, HeadStartOptions } from "@kore-chat/transport";
import type { PanelModule } from "./panel-contract.js";

/**
 * What `kore-chat-connect.js` registers: the connection's head start (the grant, `rtm/start`
 * and the socket made while the panel downloads), without the rest of the transport.
 */
export interface ConnectModule {
  readonly version: string;
  startHeadStart(options: HeadStartOptions): HeadStart;
}

/** The files the script loads and what each registers when it has run. */
export interface LoadedModules {
  readonly panel: PanelModule;
  readonly connect: ConnectModule;
}

// Where a file the script loads puts itself: a symbol on `globalThis`, so a module script
// (loaded by a script element to carry the page's CSP nonce and an SRI hash) and a bundler's
// import of it both reach the same script. Each is checked by its entry point.
const entryPoints = { panel: "mountPanel", connect: "startHeadStart" } as const;
const keyOf = (name: keyof LoadedModules) => Symbol.for(`kore-chat.${name}`);

/** Called by a file's entry when it has run. */
export function registerModule<K extends keyof LoadedModules>(
  name: K,
  module: LoadedModules[K],
): void {
  (globalThis as Record<symbol, unknown>)[keyOf(name)] = module;
}

/** The module, once its file has run (or a bundler imported it with the script). */
export function registeredModule<K extends keyof LoadedModules>(
  name: K,
): LoadedModules[K] | undefined {
  const found = (globalThis as Record<symbol, unknown>)[keyOf(name)];
  return typeof found === "object" && found !== null && entryPoints[name] in found
    ? (found as LoadedModules[K])
    : undefined;
}
