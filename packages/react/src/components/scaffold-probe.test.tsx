import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";

it("renders JSX in happy-dom", () => {
  render(<button type="button">Send</button>);
  expect(screen.getByRole("button", { name: "Send" })).toBeTruthy();
});
