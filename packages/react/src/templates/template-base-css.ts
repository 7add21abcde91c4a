/**
 * The styles every conversation needs: the template frame, buttons and links, quick replies and
 * media. The widget's other templates are styled by `richTemplatesCss`; `templatesCss` is both.
 * Themed by the `--kc-*` custom properties; logical properties keep it right for RTL.
 */
export const templateBaseCss = `
.kc-template {
  font-family: var(--kc-font, system-ui, sans-serif);
  color: var(--kc-text, #1a1a1a);
  display: flex;
  flex-direction: column;
  gap: 0.5rem;
  min-inline-size: 0;
}
.kc-template__subtext { opacity: 0.8; font-size: 0.875em; }
.kc-template__buttons, .kc-card__buttons {
  display: flex;
  flex-direction: column;
  gap: 0.375rem;
}
.kc-template-button, .kc-quick-reply, .kc-carousel__nav {
  font: inherit;
  color: var(--kc-accent, #0b5cff);
  background: var(--kc-bubble-bot-bg, #fff);
  border: 1px solid var(--kc-accent, #0b5cff);
  border-radius: var(--kc-radius, 0.75rem);
  padding-block: 0.5rem;
  padding-inline: 0.75rem;
  min-block-size: 2.75rem;
  text-align: center;
  text-decoration: none;
  cursor: pointer;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.375rem;
  transition: background-color 0.15s ease, color 0.15s ease;
}
.kc-template-button:hover:not(:disabled), .kc-quick-reply:hover:not(:disabled),
.kc-carousel__nav:hover:not(:disabled) {
  background: var(--kc-accent, #0b5cff);
  color: var(--kc-bubble-bot-bg, #fff);
}
.kc-template-button:disabled, .kc-quick-reply:disabled, .kc-carousel__nav:disabled {
  cursor: default;
  opacity: 0.6;
}
.kc-template-button--inert, .kc-quick-reply--inert {
  cursor: default;
  color: var(--kc-text, #1a1a1a);
  border-style: dashed;
}
.kc-template a:focus-visible, .kc-template button:focus-visible, .kc-template summary:focus-visible,
.kc-media a:focus-visible, .kc-media:focus-visible {
  outline: 2px solid var(--kc-accent, #0b5cff);
  outline-offset: 2px;
}
.kc-quick-replies { display: flex; flex-wrap: wrap; gap: 0.375rem; }
.kc-quick-reply { border-radius: 999px; min-block-size: 2.25rem; padding-block: 0.25rem; }
.kc-quick-reply__image { inline-size: 1.25rem; block-size: 1.25rem; border-radius: 50%; object-fit: cover; }
.kc-media { max-inline-size: 100%; }
.kc-media__image, .kc-media__video {
  display: block;
  max-inline-size: 100%;
  block-size: auto;
  border-radius: var(--kc-radius, 0.75rem);
}
.kc-media__audio { inline-size: 100%; max-inline-size: 20rem; }
.kc-media__link { color: var(--kc-accent, #0b5cff); overflow-wrap: anywhere; }
.kc-media--unavailable { overflow-wrap: anywhere; font-style: italic; }
.kc-template [hidden] { display: none !important; }
/* Template links look like the buttons beside them (a bubble's links inherit its text colour). */
.kc-part a.kc-template-button, .kc-part a.kc-card__title-action { color: var(--kc-accent, #0b5cff); }
@media (prefers-reduced-motion: reduce) {
  .kc-template-button, .kc-quick-reply, .kc-carousel__nav { transition: none; }
}
@media (forced-colors: active) {
  .kc-template-button, .kc-quick-reply, .kc-carousel__nav { border: 1px solid ButtonText; }
}
`;
