import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FormattedText } from "./formatted-text.js";

afterEach(cleanup);

describe("FormattedText", () => {
  it("renders markup as elements", () => {
    const { container } = render(<FormattedText text={"*b* _i_ ~s~\nnext"} />);
    expect(container.querySelector("strong")?.textContent).toBe("b");
    expect(container.querySelector("em")?.textContent).toBe("i");
    expect(container.querySelector("s")?.textContent).toBe("s");
    expect(container.querySelectorAll("br")).toHaveLength(1);
  });

  it("renders safe links opening in a new tab", () => {
    render(<FormattedText text="read [the docs](https://kore.ai/docs) or www.kore.ai" />);
    const docs = screen.getByRole("link", { name: "the docs" });
    expect(docs.getAttribute("href")).toBe("https://kore.ai/docs");
    expect(docs.getAttribute("target")).toBe("_blank");
    expect(docs.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getByRole("link", { name: "www.kore.ai" }).getAttribute("href")).toBe(
      "https://www.kore.ai/",
    );
  });

  it("renders unsafe link targets as plain text", () => {
    const { container } = render(
      <FormattedText text="[x](javascript:alert(1)) [y](data:text/html,hi)" />,
    );
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain("x");
    expect(container.textContent).toContain("y");
  });

  it("shows HTML as text", () => {
    const { container } = render(
      <FormattedText text={'<script>alert(1)</script><img src=x onerror="a()">'} />,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script><img src=x onerror="a()">');
  });
});
