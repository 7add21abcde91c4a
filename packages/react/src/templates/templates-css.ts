import { richTemplatesCss } from "./rich-templates-css.js";
import { templateBaseCss } from "./template-base-css.js";

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
export const templatesCss = templateBaseCss + richTemplatesCss;
