import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { testMessage } from "../testing/test-messages.js";
import type { PartViewProps } from "./bot-turn.js";
import { MessageItem } from "./message-item.js";

afterEach(cleanup);

const StubPart = ({ part }: PartViewProps) => <span>{part.kind}</span>;

describe("MessageItem", () => {
  it.each(["user", "bot", "agent", "system"] as const)(
    "renders a %s message with its author",
    (author) => {
      const { container } = render(
        <MessageItem
          message={testMessage({ key: "k", author, text: "words" })}
          onSend={() => {}}
          renderPart={StubPart}
        />,
      );
      const root = container.querySelector("[data-message-id='k']");
      expect(root?.getAttribute("data-author")).toBe(author);
    },
  );

  it("shows a system line's text", () => {
    const { container } = render(
      <MessageItem
        message={testMessage({ author: "system", text: "An agent joined" })}
        onSend={() => {}}
      />,
    );
    expect(container.querySelector(".kc-system")?.textContent).toBe("An agent joined");
  });
});
