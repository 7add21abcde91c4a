/**
 * The platform's branding endpoint (PROTOCOL.md §11): `GET /api/websdkthemes/<taskBotId>/activetheme`
 * answers `{ activeTheme, v3 }`. By default nothing applies (`activeTheme: false`); tests turn a
 * theme on, for everyone or one user, or make the endpoint answer garbage or an error status.
 */

/** A `v3` theme object in the platform's shape (only the fields the simulator fills are typed). */
export type BrandTheme = Record<string, unknown>;

/**
 * What the branding endpoint answers: a theme (`v3` defaults to `demoBrandTheme`), a 200 whose
 * body is not valid JSON (`"malformed"`), or an error status with the platform's error body.
 */
export type BrandingAnswer =
  | { readonly activeTheme: boolean; readonly v3?: BrandTheme }
  | "malformed"
  | { readonly status: number };

/** One call of the branding endpoint and what it answered. */
export interface BrandingRequest {
  /** Null when the bearer token was missing or invalid. */
  readonly userId: string | null;
  /** The bot id of the path. */
  readonly botId: string;
  readonly status: number;
  /** Epoch ms (the simulator's clock). */
  readonly at: number;
}

/** Branding controls, on the handle and over HTTP at `POST /__simulator/branding`. */
export interface BrandingControls {
  /** What the endpoint answers from now on, for one user (wins) or everyone. */
  set(answer: BrandingAnswer, filter?: { userId?: string }): void;
  /**
   * Clears one user's own answer (they get everyone's again), or without a user every answer:
   * back to the default `{ activeTheme: false, v3: demo theme }`.
   */
  reset(filter?: { userId?: string }): void;
}

/** The endpoint's answer once resolved for one request. */
export type ResolvedBranding =
  | { readonly kind: "theme"; readonly body: { activeTheme: boolean; v3: BrandTheme } }
  | { readonly kind: "malformed"; readonly body: string }
  | { readonly kind: "status"; readonly status: number };

/** The body a `"malformed"` answer sends: cut short, so no JSON parser accepts it. */
export const MALFORMED_BRANDING_BODY = '{"activeTheme": tru';

const PRIMARY = "#0f766e";
const SECONDARY = "#ccfbf1";

/**
 * The simulator's own demo theme, a teal look whose quick-start buttons send commands the demo
 * bot understands.
 *
 * @example
 * demoBrandTheme({ iconUrl: `${url}/media/bot-icon.svg` }).general; // { themeType: "light", … }
 */
export function demoBrandTheme(options: { iconUrl: string }): BrandTheme {
  return {
    general: {
      bot_icon: options.iconUrl,
      themeType: "light",
      colors: {
        primary: PRIMARY,
        secondary: SECONDARY,
        primary_text: "#0b1f1d",
        secondary_text: "#4b6360",
        useColorPaletteOnly: false,
      },
    },
    header: {
      title: { name: "Simulator Helpdesk", color: "#ffffff" },
      sub_title: { name: "Branded from the simulated platform", color: "#d1f5ef" },
      icon: { show: true, icon_url: options.iconUrl, type: "custom" },
      buttons: { close: { show: true }, minimise: { show: true }, expand: { show: false } },
    },
    welcome_screen: {
      show: true,
      title: { name: "Welcome to the simulator" },
      sub_title: { name: "This look comes from the platform's branding endpoint." },
      note: { name: "Pick a starter below or type a message." },
      logo: { logo_url: options.iconUrl },
      starter_box: {
        show: true,
        title: "Try one of these",
        sub_text: "Each sends a command the demo bot knows",
        quick_start_buttons: {
          show: true,
          buttons: [
            { title: "What can you do?", action: { type: "postback", value: "help" } },
            { title: "A carousel", action: { type: "postback", value: "show carousel" } },
            { title: "A streamed answer", action: { type: "postback", value: "show streaming" } },
          ],
        },
      },
    },
    body: {
      user_message: { bg_color: PRIMARY, color: "#ffffff" },
      bot_message: { bg_color: "#f0fdfa", color: "#0b1f1d" },
    },
    footer: {
      buttons: { attachment: { show: true }, emoji: { show: false }, microphone: { show: false } },
    },
  };
}

function checked(answer: BrandingAnswer): BrandingAnswer {
  if (answer === "malformed") return answer;
  if ("status" in answer) {
    // An error status: a 2xx/3xx would not be one, and 1xx cannot carry the error body.
    if (!Number.isInteger(answer.status) || answer.status < 400 || answer.status > 599) {
      throw new RangeError(`Branding status must be 400-599, got ${answer.status}`);
    }
    return { status: answer.status };
  }
  if (typeof answer.activeTheme !== "boolean") {
    throw new RangeError("activeTheme must be a boolean");
  }
  return answer.v3 === undefined
    ? { activeTheme: answer.activeTheme }
    : { activeTheme: answer.activeTheme, v3: answer.v3 };
}

/**
 * Per-user branding answers: a user's own setting wins over the global one, which defaults to
 * `{ activeTheme: false, v3: demo theme }`.
 *
 * @example
 * const branding = new BrandingState(() => demoBrandTheme({ iconUrl }));
 * branding.set({ activeTheme: true }, { userId: "u-…" });
 * branding.answerFor("u-…"); // { kind: "theme", body: { activeTheme: true, v3: { … } } }
 */
export class BrandingState implements BrandingControls {
  readonly #demoTheme: () => BrandTheme;
  #global: BrandingAnswer | undefined;
  readonly #perUser = new Map<string, BrandingAnswer>();

  constructor(demoTheme: () => BrandTheme) {
    this.#demoTheme = demoTheme;
  }

  set(answer: BrandingAnswer, filter: { userId?: string } = {}): void {
    const valid = checked(answer);
    if (filter.userId === undefined) this.#global = valid;
    else this.#perUser.set(filter.userId, valid);
  }

  reset(filter: { userId?: string } = {}): void {
    if (filter.userId !== undefined) {
      this.#perUser.delete(filter.userId);
      return;
    }
    this.#global = undefined;
    this.#perUser.clear();
  }

  answerFor(userId: string): ResolvedBranding {
    const answer = this.#perUser.get(userId) ?? this.#global ?? { activeTheme: false };
    if (answer === "malformed") return { kind: "malformed", body: MALFORMED_BRANDING_BODY };
    if ("status" in answer) return { kind: "status", status: answer.status };
    return {
      kind: "theme",
      body: { activeTheme: answer.activeTheme, v3: answer.v3 ?? this.#demoTheme() },
    };
  }
}
