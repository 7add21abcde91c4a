import { describe, expect, it } from "vitest";
import { BrandingState, demoBrandTheme } from "./branding.js";

const iconUrl = "http://127.0.0.1:1/media/bot-icon.svg";

describe("demoBrandTheme", () => {
  it("has the platform's v3 shape with the simulator's own values", () => {
    const theme = demoBrandTheme({ iconUrl });
    expect(theme).toMatchObject({
      general: {
        bot_icon: iconUrl,
        themeType: "light",
        colors: { primary: "#0f766e", useColorPaletteOnly: false },
      },
      header: {
        title: { name: expect.any(String), color: expect.any(String) },
        sub_title: { name: expect.any(String), color: expect.any(String) },
        icon: { show: true, icon_url: iconUrl, type: "custom" },
        buttons: { close: { show: true }, minimise: { show: true }, expand: { show: false } },
      },
      welcome_screen: {
        show: true,
        logo: { logo_url: iconUrl },
        starter_box: { show: true, quick_start_buttons: { show: true } },
      },
      body: {
        user_message: { bg_color: expect.any(String), color: expect.any(String) },
        bot_message: { bg_color: expect.any(String), color: expect.any(String) },
      },
      footer: {
        buttons: {
          attachment: { show: true },
          emoji: { show: false },
          microphone: { show: false },
        },
      },
    });
    const welcome = theme.welcome_screen as {
      starter_box: { quick_start_buttons: { buttons: { action: unknown }[] } };
    };
    expect(welcome.starter_box.quick_start_buttons.buttons.map((button) => button.action)).toEqual([
      { type: "postback", value: "help" },
      { type: "postback", value: "show carousel" },
      { type: "postback", value: "show streaming" },
    ]);
  });
});

describe("BrandingState", () => {
  it("defaults to an inactive demo theme; a user's setting wins; reset clears all", () => {
    const state = new BrandingState(() => demoBrandTheme({ iconUrl }));
    expect(state.answerFor("u-a")).toEqual({
      kind: "theme",
      body: { activeTheme: false, v3: demoBrandTheme({ iconUrl }) },
    });
    state.set({ status: 500 });
    state.set("malformed", { userId: "u-a" });
    expect(state.answerFor("u-a").kind).toBe("malformed");
    expect(state.answerFor("u-b")).toEqual({ kind: "status", status: 500 });
    state.set({ activeTheme: true }, { userId: "u-b" });
    state.reset({ userId: "u-b" });
    expect(state.answerFor("u-a").kind).toBe("malformed");
    expect(state.answerFor("u-b")).toEqual({ kind: "status", status: 500 });
    state.reset();
    expect(state.answerFor("u-a").kind).toBe("theme");
    expect(state.answerFor("u-b").kind).toBe("theme");
  });

  it("refuses a status that is not an error and a non-boolean activeTheme", () => {
    const state = new BrandingState(() => ({}));
    expect(() => state.set({ status: 204 })).toThrow(RangeError);
    expect(() => state.set({ activeTheme: "yes" as unknown as boolean })).toThrow(RangeError);
  });
});
