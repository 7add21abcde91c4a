/**
 * The panel frame's looks, added to the script's stylesheet (`launcher-css.ts`) once the panel
 * has loaded: the floating panel's size and card, its expanded size, and on a phone the open
 * panel filling the screen above the on-screen keyboard (`--kce-viewport-height`, kept by
 * `phone-layout.ts`) with no launcher over it. Until the panel is drawn the frame is empty,
 * so none of this is needed before.
 */
export const frameCss = `
.kce-panel {
  display: flex;
  flex-direction: column;
  inline-size: min(380px, calc(100vw - 40px));
  block-size: min(600px, calc(100vh - 120px));
  overflow: hidden;
  background: var(--kc-bg, #fff);
  color: var(--kc-text, #1b1f24);
  border: 1px solid var(--kc-border, #c9ced6);
  border-radius: var(--kc-radius, 14px);
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.2);
}
.kce-panel[data-expanded] {
  inline-size: min(720px, calc(100vw - 40px));
  block-size: calc(100vh - 120px);
}
:host([data-placement="inline"]) .kc-header-expand { display: none; }
/* A phone: the open panel fills the screen above the on-screen keyboard, no launcher over it. */
@media (max-width: 599.98px) {
  :host([data-placement="floating"][data-open]) { inset: 0; overscroll-behavior: contain; touch-action: pan-y; }
  :host([data-placement="floating"][data-open]) .kc-scroll { overscroll-behavior: contain; }
  :host([data-placement="floating"][data-open]) .kce-panel {
    inline-size: 100vw;
    block-size: var(--kce-viewport-height, 100dvh);
    border: 0;
    border-radius: 0;
    box-shadow: none;
    padding: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);
    box-sizing: border-box;
  }
  :host([data-placement="floating"][data-open]) .kce-launcher,
  .kc-header-expand { display: none; }
}
.kce-panel > * { flex: 1 1 auto; min-block-size: 0; }
`;
