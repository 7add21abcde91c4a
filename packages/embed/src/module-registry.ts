import type { PanelModule } from "./panel-contract.js";

// The one place the panel puts itself where the script finds it: a symbol on `globalThis`, so
// a module script (`kore-chat-panel.js`, loaded by a script element to carry the page's CSP nonce
// and an SRI hash) and a bundler's import of it both reach the same script.
const key = Symbol.for("kore-chat.panel");

/** Called by the panel's entry when it has run. */
export function registerPanel(panel: PanelModule): void {
  (globalThis as Record<symbol, unknown>)[key] = panel;
}

/** The panel, once its file has run (or a bundler imported it with the script). */
export function registeredPanel(): PanelModule | undefined {
  const found = (globalThis as Record<symbol, unknown>)[key];
  return typeof found === "object" && found !== null && "mountPanel" in found
    ? (found as PanelModule)
    : undefined;
}
