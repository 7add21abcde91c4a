import { demoMedia } from "@kore-chat/simulator";
import type { MediaPart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MediaView } from "./media-view.js";

afterEach(cleanup);

function media(mediaType: MediaPart["mediaType"], url: string, name?: string): MediaPart {
  return name === undefined
    ? { kind: "media", mediaType, url }
    : { kind: "media", mediaType, url, name };
}

describe("MediaView", () => {
  it("renders an image with alt = name, in a button that opens it larger", () => {
    render(<MediaView part={media("image", demoMedia.image.url, demoMedia.image.name)} />);
    const button = screen.getByRole("button", { name: "Open image photo.jpg" });
    expect(button.querySelector("img")?.getAttribute("src")).toBe(demoMedia.image.url);
    expect(button.querySelector("img")?.getAttribute("alt")).toBe("photo.jpg");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("opens the image in a modal viewer; Esc or Close shuts it and focus returns", () => {
    render(<MediaView part={media("image", demoMedia.image.url, demoMedia.image.name)} />);
    const button = screen.getByRole("button", { name: "Open image photo.jpg" });
    button.focus();
    fireEvent.click(button);
    const dialog = document.querySelector("dialog.kc-lightbox");
    expect(dialog?.getAttribute("aria-label")).toBe("photo.jpg");
    expect(dialog?.querySelector("img")?.getAttribute("src")).toBe(demoMedia.image.url);
    const close = screen.getByText("Close image");
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(dialog as Element, { key: "Escape" });
    expect(document.querySelector("dialog.kc-lightbox")).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByText("Close image"));
    expect(document.querySelector("dialog.kc-lightbox")).toBeNull();
  });

  it("renders a file as a row with its name and size that downloads it", () => {
    render(
      <MediaView
        part={{
          kind: "media",
          mediaType: "document",
          url: "https://files.test/r.pdf",
          name: "report.pdf",
          size: 1_536,
        }}
      />,
    );
    const link = screen.getByRole("link", { name: "Download report.pdf 1.5 kB" });
    expect(link.getAttribute("href")).toBe("https://files.test/r.pdf");
    expect(link.getAttribute("download")).toBe("report.pdf");
    expect(link.textContent).toContain("report.pdf");
    expect(link.textContent).toContain("1.5 kB");
  });

  it("shows a file without a URL we follow as its name, with no link", () => {
    const { container } = render(
      <MediaView
        part={{
          kind: "media",
          mediaType: "document",
          url: "javascript:alert(1)",
          name: "<b>x</b>.pdf",
        }}
      />,
    );
    expect(container.querySelector("a")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toContain("<b>x</b>.pdf");
  });

  it("renders an image without a name with an empty alt", () => {
    const { container } = render(<MediaView part={media("image", demoMedia.image.url)} />);
    expect(container.querySelector("img")?.getAttribute("alt")).toBe("");
  });

  it("renders audio and video with native controls", () => {
    const { container } = render(
      <>
        <MediaView part={media("audio", demoMedia.audio.url, demoMedia.audio.name)} />
        <MediaView part={media("video", demoMedia.video.url, demoMedia.video.name)} />
      </>,
    );
    const audio = container.querySelector("audio");
    const video = container.querySelector("video");
    expect(audio?.hasAttribute("controls")).toBe(true);
    expect(audio?.getAttribute("src")).toBe(demoMedia.audio.url);
    expect(video?.hasAttribute("controls")).toBe(true);
    expect(video?.getAttribute("src")).toBe(demoMedia.video.url);
  });

  it.each(["link"] as const)("renders a %s as a new-tab link named by its name", (type) => {
    render(<MediaView part={media(type, demoMedia[type].url, demoMedia[type].name)} />);
    const link = screen.getByRole("link", { name: demoMedia[type].name });
    expect(link.getAttribute("href")).toBe(demoMedia[type].url);
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it.each([
    ["image", "javascript:alert(1)"],
    ["image", "data:image/svg+xml;base64,PHN2Zz4="],
    ["audio", "mailto:a@example.com"],
    ["video", "data:video/mp4;base64,AAAA"],
    ["link", "javascript:alert(1)"],
    ["document", "vbscript:msgbox"],
  ] as const)("shows the name as text for an unsafe %s URL (%s)", (type, url) => {
    const { container } = render(<MediaView part={media(type, url, "the name")} />);
    expect(container.querySelector("a, img, audio, video")).toBeNull();
    expect(screen.getByText("the name")).toBeTruthy();
  });

  it("never renders a blank part when the URL and name are missing", () => {
    const { container } = render(<MediaView part={media("document", "")} />);
    expect(container.textContent).toBe("document");
  });
});
