import type { Branding } from "@kore-chat/transport";
import type { KoreChatTheme, KoreChatUiProps } from "../kore-chat/kore-chat-props.js";
import { themeStyle } from "./theme-style.js";

/** Near-black or white, whichever reads better on a `#rgb`/`#rrggbb(aa)` colour (WCAG luminance). */
function textOn(color: string | undefined): string | undefined {
  const hex = /^#([\da-f]{3}|[\da-f]{6})(?:[\da-f]{2})?$/i.exec(color ?? "")?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? hex.replace(/./g, "$&$&") : hex;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((at) => {
    const channel = Number.parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  // White wins while its contrast, 1.05 / (L + 0.05), beats black's, (L + 0.05) / 0.05.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.179 ? "#ffffff" : "#111111";
}

/**
 * What the widget draws with once the platform's branding (PROTOCOL.md §11) is laid under the
 * host's options: the host's `theme` tokens, `title`, `avatar`, `colorScheme` and `welcome`
 * (`false`: none) always win. The platform's colours are dropped when the host fixes the other
 * colour scheme than the one they were chosen for; text on the platform's accent and user
 * bubble is made readable when the platform gives none.
 *
 * @example
 * const ui = brandedUi(props, branding);
 * <section style={ui.style} data-color-scheme={ui.colorScheme} aria-label={ui.title} />
 */
export function brandedUi(props: KoreChatUiProps, branding: Branding | undefined) {
  const host = props.theme ?? {};
  const fixed = props.colorScheme;
  const colors =
    branding === undefined ||
    (fixed !== undefined && branding.themeType !== undefined && fixed !== branding.themeType)
      ? undefined
      : branding.colors;
  const userBubble = colors?.userBubble ?? colors?.primary;
  const platform: KoreChatTheme | undefined = colors && {
    accent: colors.primary,
    accentText: host.accent === undefined ? textOn(colors.primary) : undefined,
    surface: colors.secondary,
    text: colors.primaryText,
    background: colors.background,
    userBubble,
    userBubbleText:
      host.userBubble === undefined ? (colors.userBubbleText ?? textOn(userBubble)) : undefined,
    botBubble: colors.botBubble,
    botBubbleText: host.botBubble === undefined ? colors.botBubbleText : undefined,
  };
  const scheme = fixed ?? branding?.themeType;
  return {
    style: themeStyle(platform, host),
    colorScheme: scheme === "auto" ? undefined : scheme,
    title: props.title ?? branding?.title,
    avatar: props.avatar ?? branding?.botIcon,
    welcome: props.welcome === false ? undefined : (props.welcome ?? branding?.welcome),
  };
}
