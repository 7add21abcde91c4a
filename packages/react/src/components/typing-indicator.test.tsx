import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { englishStrings } from "../i18n/strings.js";
import { koreChatCss } from "../theme/kore-chat-css.js";
import { TypingIndicator } from "./typing-indicator.js";

afterEach(cleanup);

it("has accessible text and hides its dots from assistive technology", () => {
  const { container } = render(<TypingIndicator />);
  expect(screen.getByText("Bot is typing")).toBeTruthy();
  expect(container.querySelector(".kc-typing-dots")?.getAttribute("aria-hidden")).toBe("true");
});

it("uses the given strings", () => {
  render(<TypingIndicator strings={{ ...englishStrings, botTyping: "Le bot écrit" }} />);
  expect(screen.getByText("Le bot écrit")).toBeTruthy();
});

it("stops its animation for reduced motion (theme CSS)", () => {
  const reduced = koreChatCss.slice(koreChatCss.indexOf("prefers-reduced-motion"));
  expect(reduced).toMatch(/\.kc-typing-dot\s*\{\s*animation:\s*none/);
});
