import type { LauncherState } from "../launcher-state.js";

/**
 * Keeps the floating widget's host in step with the panel: `data-open` while it is open (on a
 * phone the stylesheet then fills the screen, hides the launcher and keeps scrolling inside the
 * panel), and `--kce-viewport-height` following the visual viewport, so the composer stays above
 * the on-screen keyboard. Only CSSOM writes: a strict CSP allows them. Returns its undo.
 */
export function followPhoneLayout(host: HTMLElement, launcher: LauncherState): () => void {
  const viewport = host.ownerDocument.defaultView?.visualViewport ?? undefined;
  const sizeToViewport = () => {
    if (viewport !== undefined) {
      host.style.setProperty("--kce-viewport-height", `${Math.round(viewport.height)}px`);
    }
  };
  const apply = () => host.toggleAttribute("data-open", launcher.getSnapshot().open);
  apply();
  sizeToViewport();
  const stop = launcher.subscribe(apply);
  viewport?.addEventListener("resize", sizeToViewport);
  return () => {
    stop();
    viewport?.removeEventListener("resize", sizeToViewport);
  };
}
