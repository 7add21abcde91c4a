import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { germanStrings } from "../i18n/german-strings.js";
import { WelcomeScreen } from "./welcome-screen.js";

afterEach(cleanup);

const starters = [
  { title: "Track my order", payload: "track order" },
  { title: "Opening hours", payload: "hours" },
];

describe("WelcomeScreen", () => {
  it("names itself by its heading and starts with the pressed starter, by keyboard too", () => {
    const onStart = vi.fn();
    render(<WelcomeScreen title="Hi!" subtitle="Ask away" starters={starters} onStart={onStart} />);
    const region = screen.getByRole("region", { name: "Hi!" });
    expect(within(region).getByText("Ask away")).toBeTruthy();
    const list = within(region).getByRole("list", { name: "Conversation starters" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((button) => button.textContent)).toEqual([
      "Track my order",
      "Opening hours",
    ]);
    // A real button: Enter and Space activate it through its click.
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onStart).toHaveBeenCalledWith({ title: "Opening hours", payload: "hours" });
    expect((buttons[0] as HTMLButtonElement).type).toBe("button");
  });

  it("takes its fixed label from the catalogue, and draws nothing without content", () => {
    const { container, rerender } = render(
      <WelcomeScreen starters={starters} onStart={() => {}} strings={germanStrings} />,
    );
    expect(screen.getByRole("list", { name: germanStrings.conversationStarters })).toBeTruthy();
    expect(screen.queryByRole("heading")).toBeNull();
    rerender(<WelcomeScreen title="" starters={[]} onStart={() => {}} />);
    expect(container.innerHTML).toBe("");
  });

  it("shows untrusted texts as text", () => {
    render(
      <WelcomeScreen
        title="<img src=x onerror=alert(1)>"
        starters={[{ title: "<b>bold</b>", payload: "x" }]}
        onStart={() => {}}
      />,
    );
    expect(screen.getByRole("heading").textContent).toBe("<img src=x onerror=alert(1)>");
    expect(document.querySelector("img, b")).toBeNull();
  });
});
