import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MultiSelectTemplate } from "./multi-select-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "multi_select", payload, fallbackText: "Pick some" };
}

const demo = demoTemplates.multi_select ?? {};

describe("MultiSelectTemplate", () => {
  it("sends the checked values joined by ',' and their titles by ', '", () => {
    const onSend = vi.fn();
    render(<MultiSelectTemplate part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByRole("group", { name: "Pick some" })).toBeTruthy();
    const done = screen.getByRole<HTMLButtonElement>("button", { name: "Done" });
    expect(done.disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Classic Shorts Collection" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Classic T-Shirt Collection" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Classic Shirt Collection" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Classic Shirt Collection" }));
    expect(done.disabled).toBe(false);
    fireEvent.click(done);
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "tShirt,shorts",
      renderMsg: "Classic T-Shirt Collection, Classic Shorts Collection",
    });
    expect(done.disabled).toBe(true);
    const box = screen.getByRole<HTMLInputElement>("checkbox", {
      name: "Classic Shirt Collection",
    });
    expect(box.disabled).toBe(true);
  });

  it("is read-only from history", () => {
    const onSend = vi.fn();
    render(<MultiSelectTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    for (const box of screen.getAllByRole<HTMLInputElement>("checkbox")) {
      expect(box.disabled).toBe(true);
    }
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Done" }).disabled).toBe(true);
  });

  it("uses the heading as legend and a default Done button when buttons are missing", () => {
    const onSend = vi.fn();
    render(
      <MultiSelectTemplate
        part={part({ heading: "Sizes", elements: [{ title: "S", value: "s" }], buttons: [null] })}
        interactive
        onSend={onSend}
      />,
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "S" }));
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.getByRole("group", { name: "Sizes" })).toBeTruthy();
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "s", renderMsg: "S" });
  });

  it.each([
    ["empty payload", {}],
    ["junk", { elements: { a: 1 }, buttons: "Done" }],
    ["junk elements", { elements: [null, 2, { title: "no value" }], buttons: [{ title: 5 }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <MultiSelectTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).toContain("Pick some");
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
  });
});
