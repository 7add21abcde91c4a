/**
 * The styles of the built-in templates and media, as one string to put in a
 * `<style>` (or a constructed stylesheet in the shadow root): no inline styles, so a
 * strict CSP holds. Themed by `--kc-accent`, `--kc-radius`, `--kc-bubble-bot-bg`,
 * `--kc-text`, `--kc-font`; logical properties keep it right for RTL.
 *
 * @example
 * const style = document.createElement("style");
 * style.textContent = templatesCss;
 */
export const templatesCss = `
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
.kc-card {
  display: flex;
  flex-direction: column;
  gap: 0.375rem;
  background: var(--kc-bubble-bot-bg, #fff);
  border: 1px solid color-mix(in srgb, var(--kc-text, #1a1a1a) 15%, transparent);
  border-radius: var(--kc-radius, 0.75rem);
  padding: 0.625rem;
  overflow: hidden;
}
.kc-card__image {
  display: block;
  inline-size: 100%;
  max-block-size: 10rem;
  object-fit: cover;
  border-radius: calc(var(--kc-radius, 0.75rem) / 2);
}
.kc-card__title { font-weight: 600; }
.kc-card__title-action {
  font: inherit;
  color: var(--kc-accent, #0b5cff);
  background: none;
  border: 0;
  padding: 0;
  text-align: start;
  cursor: pointer;
  text-decoration: underline;
}
.kc-card__title-action:disabled { cursor: default; color: inherit; text-decoration: none; }
.kc-card__subtitle { font-size: 0.875em; opacity: 0.8; }
.kc-carousel { gap: 0.375rem; }
.kc-carousel__controls { display: flex; align-items: center; justify-content: flex-end; gap: 0.5rem; }
.kc-carousel__nav { min-inline-size: 2.75rem; padding-inline: 0.5rem; }
.kc-carousel__track {
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  gap: 0.5rem;
  overflow-x: auto;
  overscroll-behavior-inline: contain;
  scroll-snap-type: inline mandatory;
  scroll-behavior: smooth;
}
.kc-carousel__card { flex: 0 0 min(16rem, 85%); scroll-snap-align: start; }
.kc-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.375rem; }
.kc-list__item .kc-card__image { max-block-size: 6rem; }
.kc-table-scroll { overflow-x: auto; max-inline-size: 100%; }
.kc-table { border-collapse: collapse; font-size: 0.875em; inline-size: 100%; }
.kc-table__caption { caption-side: top; text-align: start; font-weight: 600; padding-block-end: 0.375rem; }
.kc-table th, .kc-table td {
  padding-block: 0.25rem;
  padding-inline: 0.5rem;
  border-block-end: 1px solid color-mix(in srgb, var(--kc-text, #1a1a1a) 15%, transparent);
  text-align: start;
}
.kc-table th { font-weight: 600; }
.kc-table .kc-align-start { text-align: start; }
.kc-table .kc-align-center { text-align: center; }
.kc-table .kc-align-end { text-align: end; }
.kc-mini-tables { display: flex; flex-direction: column; gap: 0.5rem; }
.kc-mini-tables--horizontal { flex-direction: row; overflow-x: auto; }
.kc-mini-tables--horizontal .kc-mini-table { flex: 0 0 auto; inline-size: auto; min-inline-size: 12rem; }
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
.kc-choice-form__fieldset { border: 0; margin: 0; padding: 0; min-inline-size: 0; }
.kc-choice-form__fieldset legend { padding: 0; margin-block-end: 0.5rem; }
.kc-choice-form__field { display: flex; flex-direction: column; gap: 0.375rem; }
.kc-choices { display: flex; flex-direction: column; gap: 0.25rem; }
.kc-choice { display: flex; align-items: center; gap: 0.5rem; min-block-size: 2.25rem; cursor: pointer; }
.kc-choice__input { accent-color: var(--kc-accent, #0b5cff); inline-size: 1.125rem; block-size: 1.125rem; margin: 0; }
.kc-select, .kc-form-field__input {
  font: inherit;
  color: inherit;
  background: var(--kc-bubble-bot-bg, #fff);
  border: 1px solid color-mix(in srgb, var(--kc-text, #1a1a1a) 40%, transparent);
  border-radius: calc(var(--kc-radius, 0.75rem) / 2);
  padding-block: 0.5rem;
  padding-inline: 0.625rem;
  min-block-size: 2.75rem;
}
.kc-template :is(input, select):focus-visible, .kc-choice:has(.kc-visually-hidden:focus-visible) {
  outline: 3px solid var(--kc-focus, #1a4fd0);
  outline-offset: 2px;
}
.kc-choice:has(:disabled), .kc-template :is(input, select):disabled { cursor: default; opacity: 0.6; }
.kc-feedback-template .kc-choices { flex-direction: row; flex-wrap: wrap; gap: 0.375rem; }
.kc-feedback-template .kc-choice {
  position: relative;
  justify-content: center;
  min-inline-size: 2.75rem;
  min-block-size: 2.75rem;
  padding-inline: 0.625rem;
  border: 1px solid var(--kc-accent, #0b5cff);
  border-radius: var(--kc-radius, 0.75rem);
}
.kc-feedback-template .kc-choice:has(:checked) {
  background: var(--kc-accent, #0b5cff);
  color: var(--kc-bubble-bot-bg, #fff);
}
.kc-feedback--stars .kc-choices { gap: 0; }
.kc-feedback--stars .kc-choice { border: 0; padding-inline: 0.25rem; font-size: 1.75em; color: color-mix(in srgb, var(--kc-text, #1a1a1a) 55%, transparent); }
.kc-feedback--stars .kc-choice:has(:checked), .kc-feedback--stars .kc-feedback__star--on { background: none; color: #b8860b; }
.kc-feedback__nps--low { border-block-end: 3px solid #e5484d; }
.kc-feedback__nps--mid { border-block-end: 3px solid #f5a623; }
.kc-feedback__nps--high { border-block-end: 3px solid #30a46c; }
.kc-form-field { display: flex; flex-direction: column; gap: 0.375rem; }
.kc-picker__fields { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; }
.kc-picker__fields legend { inline-size: 100%; }
.kc-picker__field { display: flex; flex-direction: column; gap: 0.25rem; }
.kc-live-agent-template {
  background: var(--kc-bubble-bot-bg, #eef0f3);
  color: var(--kc-bubble-bot-text, #1b1f24);
  padding-block: 0.5rem;
  padding-inline: 0.75rem;
  border-radius: var(--kc-radius, 0.75rem);
  border-end-start-radius: 4px;
  overflow-wrap: anywhere;
}
.kc-list-view__item { flex-direction: row; align-items: center; gap: 0.625rem; }
.kc-list-view__image { flex: none; inline-size: 2.5rem; block-size: 2.5rem; border-radius: 50%; object-fit: cover; }
.kc-list-view__content { flex: 1 1 auto; min-inline-size: 0; display: flex; flex-direction: column; gap: 0.125rem; }
.kc-list-view__value { flex: none; font-weight: 600; overflow-wrap: anywhere; }
a.kc-list-view__value { color: var(--kc-accent, #0b5cff); }
.kc-list-view__more { align-self: flex-start; }
.kc-list-view__more-items { display: flex; flex-direction: column; gap: 0.5rem; }
.kc-list-view__more-items[hidden] { display: none; }
.kc-list-view__group { display: flex; flex-direction: column; gap: 0.375rem; }
.kc-list-view__group-title { font-weight: 600; }
.kc-chart { margin: 0; }
.kc-chart__body { display: flex; flex-direction: column; gap: 0.5rem; }
.kc-chart--donut-legend .kc-chart__body { flex-direction: row; flex-wrap: wrap; align-items: center; }
.kc-chart__image { display: block; inline-size: 100%; max-inline-size: 22rem; block-size: auto; overflow: visible; forced-color-adjust: none; }
.kc-chart--pie .kc-chart__image { inline-size: 9rem; }
.kc-chart-color-0 { --kc-chart-color: var(--kc-chart-1, #2155cd); }
.kc-chart-color-1 { --kc-chart-color: var(--kc-chart-2, #c2410c); }
.kc-chart-color-2 { --kc-chart-color: var(--kc-chart-3, #15803d); }
.kc-chart-color-3 { --kc-chart-color: var(--kc-chart-4, #7e22ce); }
.kc-chart-color-4 { --kc-chart-color: var(--kc-chart-5, #be123c); }
.kc-chart-color-5 { --kc-chart-color: var(--kc-chart-6, #0e7490); }
.kc-chart__slice, .kc-chart__bar { fill: var(--kc-chart-color); stroke: var(--kc-bg, #fff); stroke-width: 0.75; }
.kc-chart__line { fill: none; stroke: var(--kc-chart-color); stroke-width: 2; stroke-linejoin: round; }
.kc-chart-color-1 .kc-chart__line, .kc-chart-color-4 .kc-chart__line { stroke-dasharray: 6 3; }
.kc-chart-color-2 .kc-chart__line, .kc-chart-color-5 .kc-chart__line { stroke-dasharray: 2 3; }
.kc-chart__marker { fill: var(--kc-chart-color); stroke: var(--kc-bg, #fff); stroke-width: 1; }
.kc-chart__grid { stroke: var(--kc-border, #c9ced6); stroke-width: 0.5; }
.kc-chart__tick { fill: var(--kc-muted, #5a6270); font-size: 11px; dominant-baseline: middle; }
.kc-chart__tick--start { text-anchor: end; }
.kc-chart__tick--under { text-anchor: middle; }
.kc-chart__legend {
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.75rem;
  font-size: 0.875em;
}
.kc-chart--pie .kc-chart__legend { flex-direction: column; }
.kc-chart__legend-item { display: flex; align-items: center; gap: 0.375rem; }
.kc-chart__swatch {
  flex: none;
  inline-size: 0.75rem;
  block-size: 0.75rem;
  border-radius: 2px;
  background: var(--kc-chart-color);
  forced-color-adjust: none;
}
.kc-chart__swatch--line { inline-size: 1.25rem; block-size: 0; border-radius: 0; background: none; border-block-start: 3px solid var(--kc-chart-color); }
.kc-chart__swatch--line.kc-chart-color-1, .kc-chart__swatch--line.kc-chart-color-4 { border-block-start-style: dashed; }
.kc-chart__swatch--line.kc-chart-color-2, .kc-chart__swatch--line.kc-chart-color-5 { border-block-start-style: dotted; }
.kc-chart__data-toggle { cursor: pointer; color: var(--kc-accent, #0b5cff); padding-block: 0.25rem; }
.kc-chart__data .kc-table { margin-block-start: 0.375rem; }
@media (prefers-reduced-motion: reduce) {
  .kc-template-button, .kc-quick-reply, .kc-carousel__nav { transition: none; }
  .kc-carousel__track { scroll-behavior: auto; }
}
@media (forced-colors: active) {
  .kc-template-button, .kc-quick-reply, .kc-carousel__nav { border: 1px solid ButtonText; }
  .kc-feedback-template .kc-choice:has(:checked) { outline: 2px solid Highlight; }
}
`;
