import * as v from "valibot";

/** A welcome-screen button: its title, and the text it sends (the platform's postback value). */
export interface BrandingStarter {
  readonly title: string;
  readonly payload: string;
}

/** The welcome screen the bot's builder set up. */
export interface BrandingWelcome {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly starters: readonly BrandingStarter[];
}

/**
 * The look a bot's builder chose in the platform (PROTOCOL.md §11), sanitized: colours only as
 * `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb()`/`rgba()`, the icon only as an http(s) URL, texts
 * trimmed and capped. Anything else reads as absent.
 */
export interface Branding {
  readonly themeType?: "light" | "dark" | undefined;
  readonly colors: {
    /** Buttons, links, the user's bubbles (`general.colors.primary`). */
    readonly primary?: string | undefined;
    /** Header, chips and cards (`general.colors.secondary`). */
    readonly secondary?: string | undefined;
    /** Body text (`general.colors.primary_text`). */
    readonly primaryText?: string | undefined;
    /** The conversation's background (`body.background.color`). */
    readonly background?: string | undefined;
    readonly userBubble?: string | undefined;
    readonly userBubbleText?: string | undefined;
    readonly botBubble?: string | undefined;
    readonly botBubbleText?: string | undefined;
  };
  /** The bot's picture (`general.bot_icon`, else the header's icon). */
  readonly botIcon?: string | undefined;
  /** The header's title. */
  readonly title?: string | undefined;
  /** Absent when the builder turned the welcome screen off. */
  readonly welcome?: BrandingWelcome | undefined;
}

const N = "\\d*\\.?\\d+%?";
/** `#rgb`, `#rrggbb`, `#rrggbbaa`, or `rgb()`/`rgba()` with commas or spaces. */
const COLOR = new RegExp(
  `^(#([\\da-f]{3}|[\\da-f]{6}|[\\da-f]{8})|rgba?\\(\\s*${N}((\\s*,\\s*${N}){2,3}|(\\s+${N}){2}(\\s*/\\s*${N})?)\\s*\\))$`,
  "i",
);

/** A field whose wrong type or value reads as absent instead of costing the whole answer. */
const lenient = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);
const object = <T extends v.ObjectEntries>(entries: T) => lenient(v.looseObject(entries));
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((value) => value.trim().slice(0, max)),
    v.minLength(1),
  );
const color = lenient(v.pipe(v.string(), v.regex(COLOR)));
const httpUrl = lenient(v.pipe(v.string(), v.regex(/^https?:\/\/[^\s"'()\\]+$/i)));
const flag = lenient(v.boolean());
const named = object({ name: lenient(text(120)) });
const bubble = object({ bg_color: color, color });
const starter = lenient(
  v.looseObject({
    title: text(80),
    action: v.looseObject({ type: v.optional(v.literal("postback")), value: text(1000) }),
  }),
);

const answerSchema = v.looseObject({
  activeTheme: v.boolean(),
  v3: object({
    general: object({
      themeType: lenient(v.picklist(["light", "dark"])),
      bot_icon: httpUrl,
      colors: object({ primary: color, secondary: color, primary_text: color }),
    }),
    header: object({ title: named, icon: object({ icon_url: httpUrl }) }),
    welcome_screen: object({
      show: flag,
      title: named,
      sub_title: named,
      starter_box: object({
        show: flag,
        quick_start_buttons: object({ show: flag, buttons: lenient(v.array(starter)) }),
      }),
    }),
    body: object({ background: object({ color }), user_message: bubble, bot_message: bubble }),
  }),
});

/**
 * Reads the answer of `GET /api/websdkthemes/<taskBotId>/activetheme` (PROTOCOL.md §11):
 * the sanitized branding, or undefined when `activeTheme` is not true or the answer is no theme.
 *
 * @example
 * decodeBranding({ activeTheme: true, v3: { general: { colors: { primary: "#0f766e" } } } });
 * // { colors: { primary: "#0f766e", … }, … }
 */
export function decodeBranding(body: unknown): Branding | undefined {
  const parsed = v.safeParse(answerSchema, body);
  if (!parsed.success || !parsed.output.activeTheme) return undefined;
  const { general, header, welcome_screen: welcome, body: look } = parsed.output.v3 ?? {};
  const colors = general?.colors;
  const box = welcome?.starter_box;
  const buttons = box?.show === false ? undefined : box?.quick_start_buttons;
  return {
    themeType: general?.themeType,
    colors: {
      primary: colors?.primary,
      secondary: colors?.secondary,
      primaryText: colors?.primary_text,
      background: look?.background?.color,
      userBubble: look?.user_message?.bg_color,
      userBubbleText: look?.user_message?.color,
      botBubble: look?.bot_message?.bg_color,
      botBubbleText: look?.bot_message?.color,
    },
    botIcon: general?.bot_icon ?? header?.icon?.icon_url,
    title: header?.title?.name,
    welcome:
      welcome === undefined || welcome.show === false
        ? undefined
        : {
            title: welcome.title?.name,
            subtitle: welcome.sub_title?.name,
            starters:
              buttons?.show === false
                ? []
                : (buttons?.buttons ?? [])
                    .flatMap((button) =>
                      button === undefined
                        ? []
                        : [{ title: button.title, payload: button.action.value }],
                    )
                    .slice(0, 6),
          },
  };
}
