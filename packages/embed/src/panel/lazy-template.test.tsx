import type { TemplatePart } from "@kore-chat/store";
import { act, Component, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { lazyTemplate } from "./lazy-template.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const part: TemplatePart = {
  kind: "template",
  templateType: "carousel",
  payload: { template_type: "carousel" },
  fallbackText: "Our summer hats",
};

function ShownTemplate({ part: shown }: { readonly part: TemplatePart }) {
  return <b>{shown.templateType}</b>;
}

/** As the widget's template boundary does: shows what was thrown instead of the template. */
class Boundary extends Component<{ readonly children: ReactNode }, { readonly error?: unknown }> {
  override state: { readonly error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error === undefined ? this.props.children : <i>{String(this.state.error)}</i>;
  }
}

const container = document.body.appendChild(document.createElement("div"));
afterEach(() => container.replaceChildren());

describe("lazyTemplate", () => {
  it("shows the fallback text, busy, until the chunk has arrived, then the template", async () => {
    let arrive: (module: Record<string, unknown>) => void = () => {};
    const chunk = new Promise<Record<string, unknown>>((resolve) => (arrive = resolve));
    let loads = 0;
    const Carousel = lazyTemplate(() => {
      loads += 1;
      return chunk;
    }, "CarouselTemplate");
    const root = createRoot(container);
    await act(async () => root.render(<Carousel part={part} interactive onSend={() => {}} />));
    expect(container.querySelector("p")?.textContent).toBe("Our summer hats");
    expect(container.querySelector("p")?.getAttribute("aria-busy")).toBe("true");
    await act(async () => {
      arrive({ CarouselTemplate: ShownTemplate, richTemplatesCss: ".kc-carousel { gap: 1px; }" });
      await chunk;
    });
    expect(container.querySelector("b")?.textContent).toBe("carousel");
    expect(container.querySelector("p")).toBeNull();
    await act(async () =>
      root.render(<Carousel part={part} interactive={false} onSend={() => {}} />),
    );
    expect(loads).toBe(1);
    act(() => root.unmount());
  });

  it("throws to the template's error boundary when the chunk lacks the template", async () => {
    const Missing = lazyTemplate(() => Promise.resolve({}), "NoSuchTemplate");
    const root = createRoot(container, { onCaughtError: () => {} });
    await act(async () =>
      root.render(
        <Boundary>
          <Missing part={part} interactive onSend={() => {}} />
        </Boundary>,
      ),
    );
    expect(container.querySelector("i")?.textContent).toMatch(/no template NoSuchTemplate/);
    act(() => root.unmount());
  });
});
