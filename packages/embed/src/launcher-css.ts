/**
 * The script's own styles: the host box, the launcher button, and the space an inline panel
 * takes (the frame's looks and its phone layout come with the panel: `panel/frame-css.ts`).
 * Adopted as a constructable stylesheet next to the widget's (no `<style>`, no `style=""`), so
 * a strict `style-src 'self'` CSP holds.
 */
export const launcherCss = `
:host {
  all: initial;
  display: block;
  font-family: var(--kc-font, system-ui, sans-serif);
  color-scheme: light dark;
}
:host([data-color-scheme="light"]) { color-scheme: light; }
:host([data-color-scheme="dark"]) { color-scheme: dark; }
:host([data-placement="floating"]) {
  position: fixed;
  inset-block-end: 20px;
  inset-inline-end: 20px;
  z-index: 2147483000;
  pointer-events: none; /* the box around the launcher and panel must not block the page */
}
:host([data-placement="floating"]) .kce-widget > * { pointer-events: auto; }
.kce-widget {
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: 12px;
  block-size: 100%;
}
.kce-panel[hidden] { display: none; }
/* An inline widget takes its room at once: the panel drawn later moves nothing on the page. */
:host([data-placement="inline"]) .kce-panel { inline-size: 100%; flex: 1 1 auto; min-block-size: 320px; }
.kce-launcher {
  position: relative;
  display: inline-grid;
  place-items: center;
  inline-size: 56px;
  block-size: 56px;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: var(--kc-accent, #2155cd);
  color: var(--kc-accent-text, #fff);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  cursor: pointer;
  font: inherit;
}
.kce-launcher:focus-visible { outline: 3px solid var(--kc-focus, #1a4fd0); outline-offset: 3px; }
.kce-launcher svg { inline-size: 26px; block-size: 26px; fill: currentColor; }
.kce-badge {
  position: absolute;
  inset-block-start: -4px;
  inset-inline-end: -4px;
  min-inline-size: 22px;
  block-size: 22px;
  padding-inline: 6px;
  border-radius: 11px;
  background: var(--kc-danger, #b3261e);
  color: #fff;
  font-size: 12px;
  font-weight: 700;
  line-height: 22px;
  text-align: center;
}
.kce-visually-hidden {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
@media (prefers-reduced-motion: no-preference) {
  .kce-launcher { transition: transform 120ms ease; }
  .kce-launcher:active { transform: scale(0.95); }
}
`;
