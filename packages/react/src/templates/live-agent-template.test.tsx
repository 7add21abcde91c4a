import { demoTemplates } from "@kore-chat/simulator";
import { normalizeBotTurn } from "@kore-chat/store";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BotTurn } from "../components/bot-turn.js";
import { wireTemplate } from "../testing/story-messages.js";
import { testMessage } from "../testing/test-messages.js";

afterEach(cleanup);

const parts = normalizeBotTurn([wireTemplate(demoTemplates.live_agent ?? {})]);

describe("live_agent", () => {
  it("is the agent's message with the agent's name, read once by screen readers", () => {
    const { container } = render(
      <BotTurn
        message={testMessage({ author: "agent", parts, authorName: "Alex Agent" })}
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelector("[data-author='agent']")).not.toBeNull();
    expect(container.querySelector(".kc-live-agent-template")?.textContent).toBe(
      "Hi, I'm Alex from support. How can I help?",
    );
    const name = container.querySelector(".kc-author-name");
    expect(name?.textContent).toBe("Alex Agent");
    expect(name?.getAttribute("aria-hidden")).toBe("true");
    expect(screen.getByText("Alex Agent (agent) said:")).toBeTruthy();
  });

  it("without a name: no name line, the generic prefix", () => {
    const { container } = render(
      <BotTurn message={testMessage({ author: "agent", parts })} onSend={vi.fn()} />,
    );
    expect(container.querySelector(".kc-author-name")).toBeNull();
    expect(screen.getByText("Agent said:")).toBeTruthy();
  });

  it("a bot never shows an author name", () => {
    const { container } = render(
      <BotTurn
        message={testMessage({ author: "bot", parts, authorName: "Mallory" })}
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelector(".kc-author-name")).toBeNull();
    expect(container.textContent).not.toContain("Mallory");
  });
});
