import { describe, expect, it } from "vitest";
import { safeImageUrl, safeLinkUrl } from "./safe-url.js";

describe("safeLinkUrl", () => {
  it.each([
    ["https://kore.ai/docs?a=1#x", "https://kore.ai/docs?a=1#x"],
    ["http://example.com", "http://example.com/"],
    ["  https://example.com/path  ", "https://example.com/path"],
    ["HTTPS://EXAMPLE.COM", "https://example.com/"],
    ["www.kore.ai", "https://www.kore.ai/"],
    ["WWW.kore.ai/a", "https://www.kore.ai/a"],
    ["mailto:help@kore.ai", "mailto:help@kore.ai"],
    ["tel:+15551234567", "tel:+15551234567"],
  ])("allows %j", (raw, expected) => {
    expect(safeLinkUrl(raw)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript\u0000:alert(1)",
    "https://example.com/\u0007",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2Zz4=",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "ftp://example.com",
    "/relative/path",
    "relative/path",
    "//evil.example.com",
    "#fragment",
    "",
    "   ",
    "https://",
    "http:example",
  ])("refuses %j", (raw) => {
    expect(safeLinkUrl(raw)).toBeUndefined();
  });
});

describe("safeImageUrl", () => {
  it.each([
    ["https://cdn.example.com/a.png", "https://cdn.example.com/a.png"],
    ["http://cdn.example.com/a.gif", "http://cdn.example.com/a.gif"],
    ["data:image/png;base64,iVBORw0KGgo=", "data:image/png;base64,iVBORw0KGgo="],
    ["data:image/jpeg;base64,/9j/4AAQ", "data:image/jpeg;base64,/9j/4AAQ"],
    ["DATA:IMAGE/WEBP;base64,UklGR", "DATA:IMAGE/WEBP;base64,UklGR"],
    ["data:image/gif;base64,R0lGOD", "data:image/gif;base64,R0lGOD"],
  ])("allows %j", (raw, expected) => {
    expect(safeImageUrl(raw)).toBe(expected);
  });

  it.each([
    "data:image/svg+xml;base64,PHN2Zz4=",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "data:text/html;base64,PHNjcmlwdD4=",
    "data:image/png\u0000;base64,xx",
    "javascript:alert(1)",
    "mailto:a@b.c",
    "www.example.com/a.png",
    "/a.png",
    "blob:https://example.com/123",
    "",
  ])("refuses %j", (raw) => {
    expect(safeImageUrl(raw)).toBeUndefined();
  });
});
