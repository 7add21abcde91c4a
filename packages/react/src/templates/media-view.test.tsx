import { demoMedia } from "@kore-chat/simulator";
import type { MediaPart } from "@kore-chat/store";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MediaView } from "./media-view.js";

afterEach(cleanup);

function media(mediaType: MediaPart["mediaType"], url: string, name?: string): MediaPart {
  return name === undefined
    ? { kind: "media", mediaType, url }
    : { kind: "media", mediaType, url, name };
}

describe("MediaView", () => {
  it("renders an image with alt = name", () => {
    render(<MediaView part={media("image", demoMedia.image.url, demoMedia.image.name)} />);
    expect(screen.getByRole("img", { name: "photo.jpg" }).getAttribute("src")).toBe(
      demoMedia.image.url,
    );
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

  it.each(["link", "document"] as const)(
    "renders a %s as a new-tab link named by its name",
    (type) => {
      render(<MediaView part={media(type, demoMedia[type].url, demoMedia[type].name)} />);
      const link = screen.getByRole("link", { name: demoMedia[type].name });
      expect(link.getAttribute("href")).toBe(demoMedia[type].url);
      expect(link.getAttribute("target")).toBe("_blank");
      expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    },
  );

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
