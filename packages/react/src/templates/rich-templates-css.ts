/**
 * The styles of the templates beyond buttons and quick replies (cards, carousels, lists, tables,
 * forms, pickers, charts, the SDK's newer set): apart from `templateBaseCss` so the embed can
 * adopt them with those templates' on-demand code. `templatesCss` is both.
 */
export const richTemplatesCss = `
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
.kc-icon { flex: none; inline-size: 2.5rem; block-size: 2.5rem; border-radius: 50%; object-fit: cover; }
.kc-icon--text {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  background: var(--kc-accent, #2155cd);
  color: var(--kc-accent-text, #fff);
  font-weight: 600;
  font-size: 0.875em;
}
.kc-sdk-rows .kc-icon, .kc-pairs .kc-icon { inline-size: 1.25rem; block-size: 1.25rem; border-radius: 4px; }
.kc-sdk-card__heading, .kc-advanced-list__header, .kc-checklist__heading { display: flex; align-items: center; gap: 0.5rem; }
.kc-sdk-card__heading, .kc-advanced-list__header { flex-wrap: wrap; }
.kc-sdk-card__titles, .kc-advanced-list__titles, .kc-checklist__heading > :first-child {
  flex: 1 1 6rem;
  min-inline-size: 0;
  display: flex;
  flex-direction: column;
  gap: 0.125rem;
}
.kc-sdk-rows { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.25rem; }
.kc-sdk-rows--pairs { flex-direction: row; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
.kc-sdk-rows__row { display: flex; align-items: center; gap: 0.5rem; overflow-wrap: anywhere; }
.kc-sdk-rows__pair { display: flex; flex-direction: column; }
/* The menu's toggle sits in its row (a heading, a row of buttons); what it opens takes a row of its own. */
.kc-more { display: contents; }
.kc-more > div { flex: 1 0 100%; }
.kc-more__toggle { min-inline-size: 2.75rem; }
:is(.kc-sdk-card__heading, .kc-advanced-list__header) .kc-more__toggle { margin-inline-start: auto; }
.kc-tag, .kc-advanced-list__value { flex: none; font-size: 0.875em; font-weight: 600; }
.kc-tag { border: 1px solid currentColor; border-radius: 999px; padding-inline: 0.5rem; }
.kc-advanced-list__body, .kc-article__body { display: flex; flex-direction: column; align-items: flex-start; gap: 0.5rem; }
.kc-advanced-list__body:empty { display: none; }
.kc-advanced-list__buttons { align-self: stretch; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.375rem; }
.kc-advanced-list__options legend { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
.kc-disclosure {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  padding: 0;
  cursor: pointer;
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem;
  inline-size: 100%;
  min-block-size: 1.75rem;
  text-align: start;
}
.kc-disclosure.kc-card__title { font-weight: 600; }
.kc-disclosure::after {
  content: "";
  flex: none;
  inline-size: 0.5rem;
  block-size: 0.5rem;
  margin-inline-end: 0.25rem;
  /* Physical sides on purpose: a down/up chevron is the same in both directions. */
  border-style: solid;
  border-width: 0 2px 2px 0;
  transform: translateY(-25%) rotate(45deg);
}
.kc-disclosure[aria-expanded="true"]::after { transform: translateY(25%) rotate(-135deg); }
.kc-article__text--clamped { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.kc-article__dates { display: flex; flex-wrap: wrap; gap: 0 0.75rem; }
.kc-checklist__progress {
  flex: none;
  inline-size: 4rem;
  block-size: 0.5rem;
  appearance: none;
  border: 0;
  border-radius: 999px;
  overflow: hidden;
  background: color-mix(in srgb, var(--kc-text, #1a1a1a) 20%, transparent);
}
.kc-checklist__progress::-webkit-progress-bar { background: transparent; }
.kc-checklist__progress::-webkit-progress-value { background: var(--kc-accent, #2155cd); }
.kc-checklist__progress::-moz-progress-bar { background: var(--kc-accent, #2155cd); }
.kc-checklist__percent { flex: none; min-inline-size: 2.75em; text-align: end; font-size: 0.875em; font-weight: 600; }
.kc-checklist__step {
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
  padding-block-start: 0.375rem;
  border-block-start: 1px solid color-mix(in srgb, var(--kc-text, #1a1a1a) 15%, transparent);
}
.kc-pairs { align-self: stretch; margin: 0; display: flex; flex-direction: column; gap: 0.125rem; font-size: 0.875em; }
.kc-pairs__row { display: flex; justify-content: space-between; gap: 0.75rem; }
.kc-pairs dt { display: flex; align-items: center; gap: 0.375rem; }
.kc-pairs dd { margin: 0; font-weight: 600; text-align: end; overflow-wrap: anywhere; }
.kc-otp-template .kc-pin-form__label, .kc-reset-pin-template > .kc-template__text { font-weight: 600; }
.kc-pin-input { max-inline-size: 16rem; letter-spacing: 0.25em; font-variant-numeric: tabular-nums; }
.kc-field-error { margin: 0; color: var(--kc-danger, #b3261e); font-size: 0.875em; font-weight: 600; }
.kc-pin-form__resend { margin: 0; font-size: 0.875em; }
.kc-pin-form .kc-link-button:disabled { cursor: default; opacity: 0.6; }
.kc-like-dislike__buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.kc-like-dislike .kc-template-button[aria-pressed="true"] {
  opacity: 1;
  background: var(--kc-accent, #0b5cff);
  color: var(--kc-bubble-bot-bg, #fff);
}
@media (prefers-reduced-motion: reduce) {
  .kc-carousel__track { scroll-behavior: auto; }
}
@media (forced-colors: active) {
  .kc-feedback-template .kc-choice:has(:checked), .kc-like-dislike [aria-pressed="true"] { outline: 2px solid Highlight; }
}
`;
