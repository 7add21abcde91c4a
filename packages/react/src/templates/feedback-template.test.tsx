import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FeedbackTemplate } from "./feedback-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "feedbackTemplate", payload, fallbackText: "Rate us" };
}

const demo = (name: string) => demoTemplates[name] ?? {};

function choose(name: string, onSend = vi.fn(), payload = demo("feedbackTemplate")) {
  render(<FeedbackTemplate part={part(payload)} interactive onSend={onSend} />);
  fireEvent.click(screen.getByRole("radio", { name }));
  fireEvent.click(screen.getByRole("button", { name: "Submit" }));
  return onSend;
}

describe("FeedbackTemplate", () => {
  it("star: a radio group named by the text, stars named '1 star'…, sends the value", () => {
    const onSend = vi.fn();
    render(<FeedbackTemplate part={part(demo("feedbackTemplate"))} interactive onSend={onSend} />);
    expect(
      screen.getByRole("group", { name: "How would you rate this conversation?" }),
    ).toBeTruthy();
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("aria-label"))).toEqual([
      "1 star",
      "2 stars",
      "3 stars",
      "4 stars",
      "5 stars",
    ]);
    expect(screen.queryByRole("status")).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "4 stars" }));
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: "Submit" });
    fireEvent.click(submit);
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "4", renderMsg: "★★★★☆" });
    expect(screen.getByRole("status").textContent).toBe("Thanks for your feedback!");
    expect(submit.disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "1 star" }).disabled).toBe(true);
  });

  it("star: fills the stars up to the chosen one", () => {
    const { container } = render(
      <FeedbackTemplate part={part(demo("feedbackTemplate"))} interactive onSend={vi.fn()} />,
    );
    fireEvent.click(screen.getByRole("radio", { name: "3 stars" }));
    expect(container.querySelectorAll(".kc-feedback__star--on")).toHaveLength(3);
  });

  it("CSAT: named by reviewText, sends the value", () => {
    const onSend = choose("Happy", vi.fn(), demo("feedbackTemplate-csat"));
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "4", renderMsg: "Happy" });
  });

  it("NPS: 0–10, sends the number", () => {
    const onSend = vi.fn();
    render(
      <FeedbackTemplate part={part(demo("feedbackTemplate-nps"))} interactive onSend={onSend} />,
    );
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(
      Array.from({ length: 11 }, (_, value) => String(value)),
    );
    fireEvent.click(screen.getByRole("radio", { name: "0" }));
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "0", renderMsg: "0" });
  });

  it("ThumbsUpDown: reads the misspelt thumpsUpDownArrays", () => {
    const onSend = choose("Extremely Unlikely", vi.fn(), demo("feedbackTemplate-thumbs"));
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "Extremely Unlikely",
      renderMsg: "Extremely Unlikely",
    });
  });

  it("is read-only from history", () => {
    const onSend = vi.fn();
    render(
      <FeedbackTemplate
        part={part(demo("feedbackTemplate"))}
        interactive={false}
        onSend={onSend}
      />,
    );
    for (const radio of screen.getAllByRole<HTMLInputElement>("radio")) {
      expect(radio.disabled).toBe(true);
    }
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: "Submit" });
    expect(submit.disabled).toBe(true);
    fireEvent.click(submit);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("an unknown view falls back to the array the payload has", () => {
    const onSend = choose("Meh", vi.fn(), {
      view: "emoji",
      smileyArrays: [{ value: 2, reviewText: "Meh" }],
    });
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "2", renderMsg: "Meh" });
  });

  it.each([
    ["empty payload", {}],
    ["view not a string", { view: 5, starArrays: "x" }],
    ["view constructor", { view: "constructor" }],
    ["junk options", { view: "star", text: [], starArrays: [null, 1, {}, { starId: 1 }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <FeedbackTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).toContain("Rate us");
    expect(screen.queryAllByRole("radio")).toEqual([]);
  });
});
