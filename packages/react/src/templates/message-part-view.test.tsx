import { demoTemplates } from "@kore-chat/simulator";
import type { MessagePart, TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { builtInTemplates } from "./built-in-templates.js";
import { MessagePartView } from "./message-part-view.js";
import type { TemplateRegistry, TemplateViewProps } from "./template-types.js";

afterEach(cleanup);

function Broken(): ReactElement {
  throw new Error("host bug");
}

function MyButtons({ part, interactive, onSend: send }: TemplateViewProps): ReactElement {
  return (
    <button
      type="button"
      disabled={!interactive}
      onClick={() => send({ body: part.templateType, renderMsg: "mine" })}
    >
      Custom {part.templateType}
    </button>
  );
}

function templatePart(templateType: string, fallbackText = "fallback text"): TemplatePart {
  return {
    kind: "template",
    templateType,
    payload: demoTemplates[templateType] ?? { template_type: templateType },
    fallbackText,
  };
}

describe("MessagePartView", () => {
  it("renders a text part through the light markup", () => {
    const { container } = render(
      <MessagePartView
        part={{ kind: "text", text: "*bold* <b>not html</b>" }}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toContain("<b>not html</b>");
    expect(container.textContent).toContain("bold");
  });

  it("renders a media part", () => {
    const part: MessagePart = {
      kind: "media",
      mediaType: "link",
      url: "https://example.com/a",
      name: "A link",
    };
    render(<MessagePartView part={part} interactive onSend={vi.fn()} />);
    expect(screen.getByRole("link", { name: "A link" })).toBeTruthy();
  });

  it.each(Object.keys(builtInTemplates))(
    "renders the demo %s with the built-in renderer",
    (type) => {
      const { container } = render(
        <MessagePartView part={templatePart(type)} interactive onSend={vi.fn()} />,
      );
      expect(container.querySelector(".kc-fallback-template")).toBeNull();
      expect(container.textContent).not.toBe("");
    },
  );

  it("sends through onSend from a built-in template", () => {
    const onSend = vi.fn();
    render(<MessagePartView part={templatePart("button")} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Say hello" }));
    expect(onSend).toHaveBeenCalledWith({ body: "hello", renderMsg: "Say hello" });
  });

  it("disables built-in controls when not interactive", () => {
    render(<MessagePartView part={templatePart("list")} interactive={false} onSend={vi.fn()} />);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "View More" }).disabled).toBe(
      true,
    );
  });

  it.each(["listWidget", "someday_template", "constructor", "__proto__", "toString"])(
    "shows the fallback text for a type without a renderer: %s",
    (type) => {
      render(
        <MessagePartView part={templatePart(type, "*Pick* one")} interactive onSend={vi.fn()} />,
      );
      expect(screen.getByText("Pick")).toBeTruthy();
    },
  );

  it("shows the fallback text when a custom renderer throws", () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <MessagePartView
        part={templatePart("button", "Choose an option")}
        interactive
        onSend={vi.fn()}
        registry={{ ...builtInTemplates, button: Broken }}
      />,
    );
    expect(screen.getByText("Choose an option")).toBeTruthy();
    consoleError.mockRestore();
  });

  it("uses a registry override of a built-in, passing part, interactive and onSend", () => {
    const onSend = vi.fn();
    const registry: TemplateRegistry = { ...builtInTemplates, button: MyButtons };
    render(
      <MessagePartView
        part={templatePart("button")}
        interactive
        onSend={onSend}
        registry={registry}
      />,
    );
    expect(screen.queryByRole("button", { name: "Say hello" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Custom button" }));
    expect(onSend).toHaveBeenCalledWith({ body: "button", renderMsg: "mine" });
  });

  it("renders a host renderer over a built-in one", () => {
    const registry: TemplateRegistry = {
      ...builtInTemplates,
      dropdown_template: ({ part }) => <p>Dropdown with {String(part.payload.heading)}</p>,
    };
    render(
      <MessagePartView
        part={templatePart("dropdown_template")}
        interactive
        onSend={vi.fn()}
        registry={registry}
      />,
    );
    expect(screen.getByText("Dropdown with please select :")).toBeTruthy();
  });

  it("ignores a registry entry that is not a function", () => {
    const registry = { button: "nope" } as unknown as TemplateRegistry;
    render(
      <MessagePartView
        part={templatePart("button", "Plain")}
        interactive
        onSend={vi.fn()}
        registry={registry}
      />,
    );
    expect(screen.getByText("Plain")).toBeTruthy();
  });
});
