import type { CSSProperties } from "react";
import type { KoreChatTheme } from "../kore-chat/kore-chat-props.js";

const themeVariables: Record<keyof KoreChatTheme, string> = {
  accent: "--kc-accent",
  accentText: "--kc-accent-text",
  background: "--kc-bg",
  surface: "--kc-surface",
  text: "--kc-text",
  userBubble: "--kc-bubble-user-bg",
  userBubbleText: "--kc-bubble-user-text",
  botBubble: "--kc-bubble-bot-bg",
  botBubbleText: "--kc-bubble-bot-text",
  radius: "--kc-radius",
  font: "--kc-font",
};

/**
 * The `style` that writes theme tokens as the widget's CSS custom properties (`accent` →
 * `--kc-accent`); a later theme's defined values win. React sets custom properties through the
 * CSSOM (`style.setProperty`), which a strict CSP allows.
 *
 * @example
 * themeStyle(platformTheme, { accent: "#0b5fff" }); // { "--kc-accent": "#0b5fff", … }
 */
export function themeStyle(...themes: ReadonlyArray<KoreChatTheme | undefined>) {
  const style: Record<string, string> = {};
  for (const theme of themes) {
    for (const [name, variable] of Object.entries(themeVariables)) {
      const value = theme?.[name as keyof KoreChatTheme];
      if (value !== undefined) style[variable] = value;
    }
  }
  return Object.keys(style).length === 0 ? undefined : (style as CSSProperties);
}
