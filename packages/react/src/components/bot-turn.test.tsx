import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TemplateRegistry } from "../templates/template-types.js";
import { testMessage } from "../testing/test-messages.js";
import { BotTurn, type PartViewProps } from "./bot-turn.js";

afterEach(cleanup);

function StubPart({ part, interactive, onSend, registry }: PartViewProps) {
  return (
    <button
      type="button"
      data-kind={part.kind}
      data-has-registry={registry === undefined ? "no" : "yes"}
      disabled={!interactive}
      onClick={() => onSend({ body: "b", renderMsg: "r" })}
    >
      {part.kind === "text" ? part.text : part.kind}
    </button>
  );
}

describe("BotTurn", () => {
  it("carries the DOM contract and renders every part in order", () => {
    const message = testMessage({
      key: "b1",
      parts: [
        { kind: "text", text: "one" },
        { kind: "text", text: "two" },
      ],
    });
    const { container } = render(
      <BotTurn message={message} onSend={() => {}} renderPart={StubPart} />,
    );
    const root = container.querySelector("[data-message-id='b1']");
    expect(root?.getAttribute("data-author")).toBe("bot");
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "one",
      "two",
      "Copy message",
    ]);
  });

  it("marks agent turns", () => {
    const { container } = render(
      <BotTurn
        message={testMessage({ author: "agent" })}
        onSend={() => {}}
        renderPart={StubPart}
      />,
    );
    expect(container.querySelector("[data-author='agent']")).not.toBeNull();
  });

  it("is interactive only for live turns, and passes sends and the registry through", () => {
    const onSend = vi.fn();
    const registry: TemplateRegistry = {};
    const { rerender } = render(
      <BotTurn
        message={testMessage({ live: true })}
        onSend={onSend}
        registry={registry}
        renderPart={StubPart}
      />,
    );
    const live = screen.getByRole("button", { name: "hello" });
    expect(live.getAttribute("data-has-registry")).toBe("yes");
    fireEvent.click(live);
    expect(onSend).toHaveBeenCalledWith({ body: "b", renderMsg: "r" }, "m1");

    rerender(
      <BotTurn
        message={testMessage({ live: false, inHistory: true })}
        onSend={onSend}
        renderPart={StubPart}
      />,
    );
    expect((screen.getByRole("button", { name: "hello" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("shows a safe avatar with empty alt, and no unsafe one", () => {
    const { container, rerender } = render(
      <BotTurn
        message={testMessage({ icon: "https://cdn.example.com/bot.png" })}
        onSend={() => {}}
        renderPart={StubPart}
      />,
    );
    const avatar = container.querySelector("img");
    expect(avatar?.getAttribute("src")).toBe("https://cdn.example.com/bot.png");
    expect(avatar?.getAttribute("alt")).toBe("");
    rerender(
      <BotTurn
        message={testMessage({ icon: "javascript:alert(1)" })}
        onSend={() => {}}
        renderPart={StubPart}
      />,
    );
    expect(container.querySelector("img")).toBeNull();
  });

  it("renders with the real MessagePartView by default (markup parsed, HTML as text)", () => {
    const { container } = render(
      <BotTurn message={testMessage({ text: "*hi* <img src=x>" })} onSend={() => {}} />,
    );
    expect(container.querySelector("strong")?.textContent).toBe("hi");
    expect(container.querySelector("img")).toBeNull();
  });

  it("renders an unknown template through its fallback text by default", () => {
    const part: TemplatePart = {
      kind: "template",
      templateType: "no_such_template",
      payload: {},
      fallbackText: "Fallback words",
    };
    render(<BotTurn message={testMessage({ parts: [part] })} onSend={() => {}} />);
    expect(screen.getByText("Fallback words")).toBeTruthy();
  });
});

describe("BotTurn silent templates", () => {
  it("renders nothing for a turn made only of silent templates", () => {
    const wait: TemplatePart = {
      kind: "template",
      templateType: "wait_for_response",
      payload: {},
      fallbackText: "wait",
    };
    const { container } = render(
      <BotTurn message={testMessage({ parts: [wait] })} onSend={() => {}} renderPart={StubPart} />,
    );
    expect(container.innerHTML).toBe("");
  });
});

describe("BotTurn quick replies", () => {
  const quickReplies = testMessage({
    author: "bot",
    live: true,
    parts: [
      {
        kind: "template",
        templateType: "quick_replies",
        fallbackText: "Pick a color:",
        payload: {
          template_type: "quick_replies",
          text: "Pick a color:",
          quick_replies: [{ content_type: "text", title: "Red", payload: "red" }],
        },
      },
    ],
  });

  it("are live until the user has written after them, then spent", () => {
    const { rerender } = render(<BotTurn message={quickReplies} onSend={() => {}} />);
    expect(screen.getByRole("button", { name: "Red" }).hasAttribute("disabled")).toBe(false);
    rerender(<BotTurn message={quickReplies} onSend={() => {}} answered />);
    expect(screen.getByRole("button", { name: "Red" }).hasAttribute("disabled")).toBe(true);
  });
});

describe("BotTurn: a template the user answered", () => {
  const formTurn = testMessage({
    key: "form-1",
    parts: [
      {
        kind: "template",
        templateType: "form_template",
        fallbackText: "Please fill the form",
        payload: {
          template_type: "form_template",
          heading: "Please fill the form",
          formFields: [{ type: "text", label: "Name", fieldButton: { title: "Ok" } }],
        },
      },
    ],
  });

  it("sends with the message's key and answersTemplate, so the store can remember it", () => {
    const onSend = vi.fn();
    render(<BotTurn message={formTurn} onSend={onSend} />);
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Ada" } });
    fireEvent.click(screen.getByRole("button", { name: "Ok" }));
    expect(onSend).toHaveBeenCalledWith(
      { body: "Ada", renderMsg: "Ada", answersTemplate: true },
      "form-1",
    );
  });

  it("stays read-only when drawn anew (a recycled row) once the store says it was answered", () => {
    const first = render(<BotTurn message={formTurn} onSend={() => {}} />);
    expect(screen.getByLabelText<HTMLInputElement>("Name").disabled).toBe(false);
    first.unmount(); // the virtualized list dropped the row: its component state is gone
    render(<BotTurn message={formTurn} onSend={() => {}} templateAnswered />);
    expect(screen.getByLabelText<HTMLInputElement>("Name").disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Ok" }).disabled).toBe(true);
  });
});
