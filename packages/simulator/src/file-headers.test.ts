import { describe, expect, it } from "vitest";
import { fileHeaders } from "./file-headers.js";

describe("fileHeaders", () => {
  it("renders images, audio and video inline and never sniffs", () => {
    expect(fileHeaders("Photo.JPG")).toEqual({
      "content-type": "image/jpeg",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=3600",
    });
    expect(fileHeaders("a.m4a")["content-type"]).toBe("audio/mp4");
    expect(fileHeaders("a.mov")["content-type"]).toBe("video/quicktime");
  });

  it("sandboxes SVG", () => {
    expect(fileHeaders("logo.svg")).toMatchObject({
      "content-type": "image/svg+xml",
      "content-security-policy": "sandbox",
    });
  });

  it("downloads everything else, with an RFC 5987 file name", () => {
    expect(fileHeaders("report (1).pdf")).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": "attachment; filename*=UTF-8''report%20%281%29.pdf",
    });
    expect(fileHeaders("page.html")).toMatchObject({
      "content-type": "application/octet-stream",
      "content-disposition": "attachment; filename*=UTF-8''page.html",
    });
    expect(fileHeaders("constructor")["content-type"]).toBe("application/octet-stream");
    expect(fileHeaders("résumé.txt")["content-disposition"]).toBe(
      "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt",
    );
  });

  it("falls back to the upload's extension when the name has none", () => {
    expect(fileHeaders("scan", "png")["content-type"]).toBe("image/png");
    expect(fileHeaders("scan", ".PNG")["content-type"]).toBe("image/png");
  });
});
