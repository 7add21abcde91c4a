import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LikeDislikeTemplate } from "./like-dislike-template.js";

afterEach(cleanup);

function draw(
  props: { interactive?: boolean; answered?: boolean } = {},
  payload: Readonly<Record<string, unknown>> = demoTemplates.like_dislike ?? {},
) {
  const onSend = vi.fn();
  const part: TemplatePart = {
    kind: "template",
    templateType: "like_dislike",
    payload,
    fallbackText: "Rate",
  };
  render(
    <LikeDislikeTemplate
      part={part}
      interactive={props.interactive ?? true}
      answered={props.answered}
      onSend={onSend}
    />,
  );
  const button = (name: string) => screen.getByRole<HTMLButtonElement>("button", { name });
  return { onSend, like: button("Like"), dislike: button("Dislike") };
}

describe("LikeDislikeTemplate", () => {
  it("is a group named by its text with two unpressed toggle buttons", () => {
    const { like, dislike } = draw();
    expect(screen.getByRole("group", { name: "Was this answer helpful?" })).toBeTruthy();
    expect([like, dislike].map((button) => button.getAttribute("aria-pressed"))).toEqual([
      "false",
      "false",
    ]);
  });

  it.each([
    ["Like", "like"],
    ["Dislike", "dislike"],
  ])("%s sends %s once, then shows it pressed and both read-only", (name, body) => {
    const { onSend, like, dislike } = draw();
    const chosen = name === "Like" ? like : dislike;
    fireEvent.click(chosen);
    fireEvent.click(chosen);
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith({ body, renderMsg: name, answersTemplate: true });
    expect(chosen.getAttribute("aria-pressed")).toBe("true");
    expect(like.disabled && dislike.disabled).toBe(true);
  });

  it.each([
    ["from history", { interactive: false }],
    ["answered", { answered: true }],
  ])("is read-only %s", (_, props) => {
    const { onSend, like } = draw(props);
    expect(like.disabled).toBe(true);
    fireEvent.click(like);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("works without text", () => {
    const { onSend, like } = draw({}, { template_type: "like_dislike" });
    expect(screen.getByRole("group").querySelector("legend")).toBeNull();
    fireEvent.click(like);
    expect(onSend).toHaveBeenCalledWith({ body: "like", renderMsg: "Like", answersTemplate: true });
  });
});
