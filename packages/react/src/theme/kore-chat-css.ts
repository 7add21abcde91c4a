/** The dark scheme's values: under `prefers-color-scheme: dark`, or forced by `colorScheme="dark"`. */
const darkTokens = `
color-scheme: dark;
--kc-accent: #8ab4ff;
--kc-accent-text: #0b1530;
--kc-bg: #15181d;
--kc-surface: #1f2329;
--kc-text: #e8eaed;
--kc-muted: #a9b0bb;
--kc-border: #3a414b;
--kc-bubble-user-bg: #3d6fe0;
--kc-bubble-user-text: #ffffff;
--kc-bubble-bot-bg: #262b33;
--kc-bubble-bot-text: #e8eaed;
--kc-danger: #ffb4ab;
--kc-banner-bg: #3a3000;
--kc-banner-text: #ffe08a;
--kc-focus: #a8c7ff;
--kc-chart-1: #8ab4ff;
--kc-chart-2: #fdba74;
--kc-chart-3: #86efac;
--kc-chart-4: #d8b4fe;
--kc-chart-5: #fda4af;
--kc-chart-6: #67e8f9;
`;

/**
 * The stylesheet of every kore-chat component, as one string: `kc-` classes,
 * themed through CSS custom properties (`--kc-accent`, `--kc-bg`, `--kc-text`,
 * `--kc-muted`, `--kc-border`, `--kc-bubble-user-bg`, `--kc-bubble-user-text`,
 * `--kc-bubble-bot-bg`, `--kc-bubble-bot-text`, `--kc-danger`, `--kc-radius`,
 * `--kc-font`, `--kc-font-size`, `--kc-focus`, the chart palette `--kc-chart-1` …
 * `--kc-chart-6`), light by default with a dark scheme that follows the host's
 * `prefers-color-scheme` unless `data-color-scheme="light" | "dark"` is set on
 * the root or the shadow host, mirrored for
 * right-to-left through logical properties. Meant for a constructable
 * stylesheet in a shadow root (no inline styles, CSP-friendly).
 *
 * @example
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(koreChatCss);
 * shadowRoot.adoptedStyleSheets = [sheet];
 */
export const koreChatCss = `
:host, .kc-root {
  --kc-accent: #2155cd;
  --kc-accent-text: #ffffff;
  --kc-bg: #ffffff;
  --kc-surface: #f4f5f7;
  --kc-text: #1b1f24;
  --kc-muted: #5a6270;
  --kc-border: #c9ced6;
  --kc-bubble-user-bg: #2155cd;
  --kc-bubble-user-text: #ffffff;
  --kc-bubble-bot-bg: #eef0f3;
  --kc-bubble-bot-text: #1b1f24;
  --kc-danger: #b3261e;
  --kc-banner-bg: #fff4d6;
  --kc-banner-text: #4d3800;
  --kc-focus: #1a4fd0;
  --kc-chart-1: #2155cd;
  --kc-chart-2: #c2410c;
  --kc-chart-3: #15803d;
  --kc-chart-4: #7e22ce;
  --kc-chart-5: #be123c;
  --kc-chart-6: #0e7490;
  --kc-radius: 14px;
  --kc-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --kc-font-size: 15px;
  color-scheme: light;
}

.kc-root[data-color-scheme="dark"], :host([data-color-scheme="dark"]) {${darkTokens}}
@media (prefers-color-scheme: dark) {
  .kc-root:not([data-color-scheme="light"]), :host(:not([data-color-scheme="light"])) {${darkTokens}}
}

.kc-root, .kc-message-list, .kc-composer, .kc-banner {
  font-family: var(--kc-font);
  font-size: var(--kc-font-size);
  line-height: 1.45;
  color: var(--kc-text);
  box-sizing: border-box;
}
.kc-root *, .kc-root *::before, .kc-root *::after { box-sizing: inherit; }

.kc-visually-hidden {
  position: absolute !important;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

:is(.kc-root, .kc-message-list, .kc-composer, .kc-banner) :focus-visible,
.kc-scroll:focus-visible {
  outline: 3px solid var(--kc-focus);
  outline-offset: 2px;
}

/* The widget fills whatever box the host gives it: header and composer keep
   their size, the message list takes the rest and scrolls. */
.kc-chat {
  display: flex;
  flex-direction: column;
  flex: 1 1 auto;
  block-size: 100%;
  min-block-size: 0;
  inline-size: 100%;
  overflow: hidden;
  background: var(--kc-bg);
}
.kc-header {
  flex: none;
  display: flex;
  align-items: center;
  gap: 2px;
  min-block-size: 44px;
  padding-block: 6px;
  padding-inline: 14px 6px;
  border-block-end: 1px solid var(--kc-border);
}
.kc-header-text { flex: 1 1 auto; min-inline-size: 0; margin-inline: 8px 6px; }
.kc-header-text:first-child { margin-inline-start: 0; }
.kc-header-status { margin: 0; font-size: 0.8em; color: var(--kc-muted); }
.kc-title { margin: 0; font-size: 1.05em; font-weight: 600; }
.kc-header-agent { margin: 0; font-size: 0.87em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.kc-header-agent-name { font-weight: 600; }
.kc-header-agent-role { color: var(--kc-muted); }
.kc-header-menu { position: relative; flex: none; }
.kc-icon-button {
  inline-size: 36px;
  block-size: 36px;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: inherit;
  font-size: 1.25em;
  line-height: 1;
  cursor: pointer;
}
.kc-icon-button:hover, .kc-icon-button[aria-pressed="true"] { background: var(--kc-border); }
.kc-icon-button { display: inline-grid; place-items: center; flex: none; padding: 0; }
.kc-icon-button svg { inline-size: 20px; block-size: 20px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.kc-icon-button:focus-visible, .kc-menu-item:focus-visible {
  outline: 3px solid var(--kc-focus);
  outline-offset: 1px;
}
.kc-menu {
  position: absolute;
  inset-block-start: calc(100% + 4px);
  inset-inline-end: 0;
  z-index: 2;
  display: flex;
  flex-direction: column;
  min-inline-size: 200px;
  padding-block: 4px;
  border: 1px solid var(--kc-border);
  border-radius: 8px;
  background: var(--kc-bg);
  box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
}
.kc-menu[hidden] { display: none; }
.kc-menu-item {
  padding: 10px 14px;
  border: 0;
  background: none;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;
}
.kc-menu-item:hover:not(:disabled) { background: var(--kc-border); }
.kc-menu-item:disabled { color: var(--kc-muted); cursor: default; }
.kc-chat > .kc-banner, .kc-chat > .kc-composer { flex: none; }

.kc-message-list {
  position: relative;
  display: flex;
  flex-direction: column;
  min-block-size: 0;
  flex: 1 1 auto;
  background: var(--kc-bg);
}
.kc-scroll {
  flex: 1 1 auto;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding-block: 12px;
  padding-inline: 12px;
  display: flex;
  flex-direction: column;
  gap: 8px;
}
/* Virtualized rows: the virtualizer places each row and sizes the track; a
   row's gap is its own padding (measured with it), the last one's cancelled. */
.kc-scroll { position: relative; }
.kc-rows { position: relative; flex: none; inline-size: 100%; margin-block-end: -8px; }
/* The virtualizer turns pointer events off on its rows while the list scrolls (150 ms after
   each scroll event). A chat scrolls by itself whenever a message arrives or an answer streams
   in, and a click on a quick reply or a focus on a form's field then must not be lost. */
.kc-rows > div { pointer-events: auto !important; }
.kc-row {
  display: flex;
  flex-direction: column;
  padding-block-end: 8px;
}
/* A day separator above the day's first message, and a run's time under its last message. */
.kc-day {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 4px 0 8px;
  color: var(--kc-muted);
  font-size: 0.8em;
}
.kc-day::before, .kc-day::after { content: ""; flex: 1; border-block-start: 1px solid var(--kc-border); }
.kc-message-time {
  margin-block-start: 2px;
  color: var(--kc-muted);
  font-size: 0.75em;
  align-self: flex-start;
}
.kc-message-time--own { align-self: flex-end; }
/* Under the bubble, not the avatar beside it (28 px and the turn's 8 px gap). */
.kc-row:has(.kc-avatar) > .kc-message-time { margin-inline-start: 36px; }
.kc-load-earlier, .kc-new-messages, .kc-send, .kc-link-button {
  font: inherit;
  cursor: pointer;
}
.kc-load-earlier {
  align-self: center;
  padding: 6px 14px;
  border: 1px solid var(--kc-border);
  border-radius: 999px;
  background: var(--kc-surface);
  color: var(--kc-text);
}
.kc-load-earlier:disabled { opacity: 0.6; cursor: progress; }
.kc-history-error {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: center;
  gap: 8px;
  margin: 4px 12px;
  padding: 6px 12px;
  border-radius: 10px;
  background: var(--kc-banner-bg);
  color: var(--kc-banner-text);
}
.kc-history-error__retry {
  font: inherit;
  cursor: pointer;
  padding: 4px 12px;
  border: 1px solid currentColor;
  border-radius: 999px;
  background: transparent;
  color: inherit;
}
.kc-history-error__retry:disabled { opacity: 0.6; cursor: progress; }
.kc-new-messages {
  position: absolute;
  inset-block-end: 12px;
  inset-inline-start: 50%;
  translate: -50% 0;
  padding: 6px 14px;
  border: 0;
  border-radius: 999px;
  background: var(--kc-accent);
  color: var(--kc-accent-text);
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
}
[dir="rtl"] .kc-new-messages { translate: 50% 0; }

.kc-message { display: flex; gap: 8px; max-inline-size: 100%; }
.kc-message--user { flex-direction: column; align-items: flex-end; }
.kc-message--bot, .kc-message--agent { align-items: flex-end; }
.kc-bubble, .kc-part--text, .kc-part--media {
  padding: 8px 12px;
  border-radius: var(--kc-radius);
  max-inline-size: min(80%, 36em);
  overflow-wrap: anywhere;
}
.kc-bubble--user {
  background: var(--kc-bubble-user-bg);
  color: var(--kc-bubble-user-text);
  border-end-end-radius: 4px;
  white-space: pre-wrap;
}
.kc-parts {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: 4px;
  min-inline-size: 0;
  flex: 1 1 auto;
}
.kc-part--text, .kc-part--media {
  background: var(--kc-bubble-bot-bg);
  color: var(--kc-bubble-bot-text);
  border-end-start-radius: 4px;
}
.kc-part--template { max-inline-size: 100%; }
.kc-author-name { font-size: 0.8125em; font-weight: 600; color: var(--kc-muted); }
.kc-part:empty { display: none; }
.kc-part a, .kc-bubble a { color: inherit; text-decoration: underline; }
/* Any other link in the widget (FormattedText used on its own) follows the text colour too:
   the browser's default blue fails contrast on the dark scheme's background. */
:where(.kc-root) a { color: inherit; text-decoration: underline; }
.kc-avatar {
  inline-size: 28px;
  block-size: 28px;
  border-radius: 50%;
  flex: none;
  object-fit: cover;
}
.kc-system {
  align-self: center;
  color: var(--kc-muted);
  font-size: 0.87em;
  text-align: center;
}
.kc-system--separator {
  align-self: stretch;
  display: flex;
  align-items: center;
  gap: 10px;
}
.kc-system--separator::before, .kc-system--separator::after {
  content: "";
  flex: 1 1 auto;
  border-block-start: 1px solid var(--kc-border);
}
.kc-markdown > :first-child, .kc-markdown > :first-child > :first-child { margin-block-start: 0; }
.kc-markdown > :last-child { margin-block-end: 0; }
.kc-markdown p, .kc-markdown ul, .kc-markdown ol, .kc-markdown blockquote, .kc-md-table, .kc-md-code {
  margin-block: 0 0.6em;
}
.kc-markdown ul, .kc-markdown ol { padding-inline-start: 1.4em; }
.kc-markdown li > p { margin-block: 0; }
.kc-md-task { list-style: none; margin-inline-start: -1.4em; }
.kc-md-task > input { margin-inline-end: 6px; }
.kc-md-heading { margin-block: 0.4em 0.3em; font-size: 1em; font-weight: 700; }
h3.kc-md-heading { font-size: 1.1em; }
.kc-markdown blockquote { padding-inline-start: 10px; border-inline-start: 3px solid var(--kc-border); color: var(--kc-muted); }
.kc-markdown code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
.kc-markdown :not(pre) > code { padding: 0 4px; border-radius: 4px; background: var(--kc-border); }
.kc-markdown hr { border: 0; border-block-start: 1px solid var(--kc-border); }
.kc-md-image { max-inline-size: 100%; border-radius: 6px; }
.kc-md-table { overflow-x: auto; max-inline-size: 100%; }
.kc-md-table:focus-visible, .kc-md-code pre:focus-visible { outline: 2px solid var(--kc-focus); outline-offset: 2px; }
.kc-answer__sources li { min-block-size: 24px; margin-block: 2px; }
.kc-answer__sources a { display: inline-block; min-block-size: 24px; line-height: 24px; }
.kc-md-table table { border-collapse: collapse; font-size: 0.92em; }
.kc-md-table th, .kc-md-table td { padding: 4px 8px; border: 1px solid var(--kc-border); text-align: start; }
.kc-md-table th[align="right"], .kc-md-table td[align="right"] { text-align: end; }
.kc-md-table th[align="center"], .kc-md-table td[align="center"] { text-align: center; }
.kc-md-code { position: relative; }
.kc-md-code pre {
  margin: 0;
  padding: 10px 12px;
  padding-block-start: 30px;
  overflow-x: auto;
  border-radius: 6px;
  background: var(--kc-bg);
  border: 1px solid var(--kc-border);
}
.kc-md-copy {
  position: absolute;
  inset-block-start: 4px;
  inset-inline-end: 4px;
  padding: 2px 8px;
  border: 1px solid var(--kc-border);
  border-radius: 4px;
  background: var(--kc-bubble-bot-bg);
  color: inherit;
  font: inherit;
  font-size: 0.78em;
  cursor: pointer;
}
.kc-md-copy:focus-visible { outline: 3px solid var(--kc-focus); outline-offset: 1px; }
/* A bot message's Copy, just past its last text bubble's end (a bubble is at most 80% wide):
   always in the tab order, seen on hover or focus. */
.kc-part--text { position: relative; }
.kc-copy-message {
  position: absolute;
  inset-block-end: 0;
  inset-inline-start: 100%;
  margin-inline-start: 6px;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  min-block-size: 24px;
  min-inline-size: 24px;
  padding: 2px 4px;
  white-space: nowrap;
  border: 0;
  border-radius: 6px;
  background: none;
  color: var(--kc-muted);
  font: inherit;
  font-size: 0.78em;
  cursor: pointer;
  opacity: 0;
}
.kc-message:is(:hover, :focus-within) .kc-copy-message, .kc-copy-message[data-copy] { opacity: 1; }
.kc-copy-message:hover { color: var(--kc-text); background: var(--kc-surface); }
/* "Copied" as a tip above it, growing back over the bubble rather than out of the list. */
.kc-copy-message[data-copy] > span {
  position: absolute;
  inset-block-end: calc(100% + 2px);
  inset-inline-end: 0;
  padding: 2px 6px;
  border-radius: 4px;
  background: var(--kc-text);
  color: var(--kc-bg);
  white-space: nowrap;
}
@media (hover: none) { .kc-copy-message { opacity: 1; } }
.kc-answer__sources { margin-block-start: 8px; font-size: 0.87em; }
.kc-answer__sources-title { margin: 0 0 2px; font-weight: 600; color: var(--kc-muted); }
.kc-answer__sources ol { margin: 0; padding-inline-start: 1.4em; }
.kc-receipt { color: var(--kc-accent); font-weight: 600; }
.kc-typing-label { margin-inline-start: 8px; font-size: 0.87em; color: var(--kc-muted); }
.kc-stream-incomplete { margin: 4px 0 0; font-size: 0.8em; color: var(--kc-muted); font-style: italic; }
[data-streaming="true"] .kc-part--text::after {
  content: "▍";
  margin-inline-start: 2px;
  animation: kc-caret 1s steps(1) infinite;
}
@keyframes kc-caret { 50% { opacity: 0; } }

.kc-delivery { font-size: 0.8em; color: var(--kc-muted); display: flex; gap: 8px; }
.kc-delivery-error { color: var(--kc-danger); font-weight: 600; }
.kc-link-button {
  padding: 0;
  border: 0;
  background: none;
  color: var(--kc-accent);
  text-decoration: underline;
  min-block-size: 24px;
}

.kc-typing {
  align-self: flex-start;
  padding: 10px 14px;
  border-radius: var(--kc-radius);
  background: var(--kc-bubble-bot-bg);
}
.kc-typing-dots { display: inline-flex; gap: 4px; }
.kc-typing-dot {
  inline-size: 7px;
  block-size: 7px;
  border-radius: 50%;
  background: var(--kc-muted);
  animation: kc-typing 1.2s infinite ease-in-out;
}
.kc-typing-dot:nth-child(2) { animation-delay: 0.15s; }
.kc-typing-dot:nth-child(3) { animation-delay: 0.3s; }
@keyframes kc-typing {
  0%, 80%, 100% { opacity: 0.3; transform: translateY(0); }
  40% { opacity: 1; transform: translateY(-3px); }
}

.kc-composer {
  display: flex;
  align-items: flex-end;
  gap: 8px;
  padding: 8px;
  border-block-start: 1px solid var(--kc-border);
  background: var(--kc-bg);
}
.kc-composer-field {
  flex: 1 1 auto;
  min-block-size: 40px;
  max-block-size: 8lh;
  field-sizing: content;
  resize: none;
  padding: 8px 12px;
  border: 1px solid var(--kc-border);
  border-radius: var(--kc-radius);
  background: var(--kc-bg);
  color: var(--kc-text);
  font: inherit;
}
.kc-composer-field::placeholder { color: var(--kc-muted); }
.kc-send {
  min-block-size: 40px;
  padding-inline: 16px;
  border: 0;
  border-radius: var(--kc-radius);
  background: var(--kc-accent);
  color: var(--kc-accent-text);
  font-weight: 600;
}
.kc-send:disabled { opacity: 0.6; cursor: not-allowed; }

/* Attachments: the composer's button, the tray of attached files above the field, the
   refusals, the drop overlay, and files in bubbles. */
.kc-composer { flex-wrap: wrap; }
.kc-history-start {
  margin: 4px 0 12px;
  text-align: center;
  color: var(--kc-muted);
  font-size: 0.85em;
}
.kc-attachment-tray { flex: 1 0 100%; display: grid; gap: 6px; }
.kc-attach {
  flex: none;
  display: inline-grid;
  place-items: center;
  inline-size: 40px;
  block-size: 40px;
  border: 1px solid var(--kc-border);
  border-radius: var(--kc-radius);
  background: var(--kc-bg);
  color: var(--kc-text);
  cursor: pointer;
}
.kc-attach:disabled { opacity: 0.6; cursor: not-allowed; }
.kc-attachments { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.kc-attachment {
  display: flex;
  align-items: center;
  gap: 8px;
  max-inline-size: 100%;
  padding: 4px 4px 4px 8px;
  border: 1px solid var(--kc-border);
  border-radius: 10px;
  background: var(--kc-surface);
}
.kc-attachment[data-status="failed"] { border-color: var(--kc-danger); }
.kc-attachment__thumbnail { inline-size: 36px; block-size: 36px; object-fit: cover; border-radius: 6px; }
.kc-attachment__text { display: grid; min-inline-size: 0; font-size: 0.85em; }
.kc-attachment__name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-inline-size: 14rem; }
.kc-attachment__size { color: var(--kc-muted); }
.kc-attachment__progress { inline-size: 100%; block-size: 4px; accent-color: var(--kc-accent); }
.kc-attachment__error { color: var(--kc-danger); }
.kc-attachment__remove {
  inline-size: 28px;
  block-size: 28px;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: var(--kc-text);
  font-size: 1.2em;
  cursor: pointer;
}
.kc-attachment__remove:hover { background: var(--kc-border); }
.kc-attachment-rejections {
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: 8px;
  padding: 6px 10px;
  border-radius: 8px;
  background: var(--kc-surface);
  color: var(--kc-danger);
  font-size: 0.9em;
}
.kc-attachment-rejections ul { margin: 0; padding-inline-start: 1.1em; overflow-wrap: anywhere; }
.kc-file-icon { flex: none; color: var(--kc-muted); }
.kc-chat { position: relative; }
.kc-drop-overlay {
  position: absolute;
  inset: 0;
  z-index: 5;
  display: grid;
  place-items: center;
  margin: 6px;
  border: 2px dashed var(--kc-accent);
  border-radius: var(--kc-radius);
  background: color-mix(in srgb, var(--kc-bg) 88%, transparent);
  color: var(--kc-text);
  font-weight: 600;
  pointer-events: none;
}
.kc-message__files { display: grid; gap: 6px; }
.kc-message__text + .kc-message__files { margin-block-start: 6px; }
.kc-file {
  display: inline-flex;
  align-items: center;
  gap: 8px;
  min-block-size: 24px;
  padding: 6px 10px;
  border-radius: 8px;
  background: var(--kc-bg);
  color: var(--kc-text);
  text-decoration: none;
  overflow-wrap: anywhere;
}
a.kc-file:hover .kc-file__name { text-decoration: underline; }
.kc-file__size { color: var(--kc-muted); font-size: 0.85em; white-space: nowrap; }
.kc-media__zoom { min-inline-size: 24px; min-block-size: 24px; display: block; padding: 0; border: 0; background: none; cursor: zoom-in; border-radius: 8px; }
.kc-lightbox {
  max-inline-size: min(96vw, 1200px);
  max-block-size: 96vh;
  padding: 8px;
  border: 0;
  border-radius: 12px;
  background: var(--kc-bg);
  color: var(--kc-text);
}
.kc-lightbox::backdrop { background: rgb(0 0 0 / 0.7); }
.kc-lightbox__image { display: block; max-inline-size: 100%; max-block-size: calc(96vh - 72px); margin-inline: auto; }
.kc-lightbox__close {
  display: block;
  margin: 8px auto 0;
  min-block-size: 36px;
  padding-inline: 16px;
  border: 1px solid var(--kc-border);
  border-radius: var(--kc-radius);
  background: var(--kc-surface);
  color: var(--kc-text);
}

.kc-banner {
  display: flex;
  align-items: center;
  justify-content: center;
  gap: 12px;
  padding: 6px 12px;
  background: var(--kc-banner-bg);
  color: var(--kc-banner-text);
  font-size: 0.9em;
}
.kc-banner:empty { padding: 0; }
.kc-banner--failed .kc-banner-text { font-weight: 600; }
.kc-banner .kc-link-button { color: inherit; }

.kc-welcome {
  flex: 1 1 auto;
  display: flex;
  flex-direction: column;
  justify-content: safe center;
  align-items: center;
  gap: 6px;
  min-block-size: 0;
  overflow-y: auto;
  padding: 20px 16px;
  text-align: center;
  overflow-wrap: anywhere;
}
.kc-welcome + .kc-message-list { flex: none; }
.kc-welcome-title { margin: 0; font-size: 1.25em; }
.kc-welcome-subtitle { margin: 0; color: var(--kc-muted); }
.kc-welcome-starters { display: flex; flex-wrap: wrap; justify-content: center; gap: 8px; margin: 10px 0 0; padding: 0; list-style: none; }
.kc-welcome-starter {
  min-block-size: 44px;
  padding: 8px 14px;
  border: 1px solid var(--kc-accent);
  border-radius: var(--kc-radius);
  background: var(--kc-bg);
  color: var(--kc-accent);
  font: inherit;
  cursor: pointer;
}
.kc-welcome-starter:hover { background: var(--kc-accent); color: var(--kc-accent-text); }

@media (prefers-reduced-motion: reduce) {
  .kc-typing-dot { animation: none; opacity: 0.7; }
  [data-streaming="true"] .kc-part--text::after { animation: none; }
  .kc-scroll { scroll-behavior: auto; }
}
@media (forced-colors: active) {
  .kc-bubble, .kc-part--text, .kc-part--media, .kc-typing { border: 1px solid CanvasText; }
}
`;
