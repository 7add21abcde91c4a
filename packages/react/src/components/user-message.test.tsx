import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { englishStrings } from "../i18n/strings.js";
import { testMessage } from "../testing/test-messages.js";
import { UserMessage } from "./user-message.js";

afterEach(cleanup);

describe("UserMessage", () => {
  it("carries the DOM contract", () => {
    const { container } = render(
      <UserMessage
        message={testMessage({ key: "u7", author: "user", text: "hi", status: "delivered" })}
      />,
    );
    const root = container.querySelector("[data-message-id='u7']");
    expect(root?.getAttribute("data-author")).toBe("user");
    expect(root?.getAttribute("data-status")).toBe("delivered");
    expect(root?.textContent).toContain("hi");
    expect(screen.getByText("Delivered")).toBeTruthy();
  });

  it("has no data-status without a status (history)", () => {
    const { container } = render(<UserMessage message={testMessage({ author: "user" })} />);
    expect(container.querySelector("[data-author='user']")?.hasAttribute("data-status")).toBe(
      false,
    );
  });

  it("shows its text as typed, never as HTML or markup", () => {
    const { container } = render(
      <UserMessage message={testMessage({ author: "user", text: "<b>x</b> *y*" })} />,
    );
    expect(container.querySelector("b")).toBeNull();
    expect(container.querySelector("strong")).toBeNull();
    expect(container.textContent).toContain("<b>x</b> *y*");
  });

  it("says Sending… while pending", () => {
    render(<UserMessage message={testMessage({ author: "user", status: "pending" })} />);
    expect(screen.getByText("Sending…")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows Not sent and a Retry button calling onRetry with the key when failed", () => {
    const onRetry = vi.fn();
    render(
      <UserMessage
        message={testMessage({ key: "u9", author: "user", status: "failed" })}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByText("Not sent")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledWith("u9");
  });

  it("uses the given strings", () => {
    render(
      <UserMessage
        message={testMessage({ author: "user", status: "failed" })}
        onRetry={() => {}}
        strings={{ ...englishStrings, notSent: "Non envoyé", retry: "Réessayer" }}
      />,
    );
    expect(screen.getByText("Non envoyé")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Réessayer" })).toBeTruthy();
  });
});
