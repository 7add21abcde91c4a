import { describe, expect, it } from "vitest";
import { copyJsonPayload } from "./copy-json-payload.js";
import { maxTextLength } from "./read-text.js";

describe("copyJsonPayload", () => {
  it("copies JSON values deeply, without sharing objects with the input", () => {
    const payload = {
      template_type: "table",
      columns: [["Sl", "center"]],
      elements: [{ Values: [1] }],
    };
    const copy = copyJsonPayload(payload);
    expect(copy).toEqual(payload);
    expect(copy.columns).not.toBe(payload.columns);
  });

  it("drops __proto__ keys, functions and non-finite numbers; keeps array indices", () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const copy = copyJsonPayload({ ...parsed, f: () => 1, n: Number.NaN, list: [1, () => 2, 3] });
    expect(copy).toEqual({ a: 1, list: [1, null, 3] });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("caps long strings, keeps data: URIs whole", () => {
    const dataUri = `data:image/png;base64,${"A".repeat(maxTextLength * 2)}`;
    const copy = copyJsonPayload({ text: "x".repeat(maxTextLength * 2), image_url: dataUri });
    expect(copy.text).toBe(`${"x".repeat(maxTextLength)}…`);
    expect(copy.image_url).toBe(dataUri);
  });

  it("stops at a depth no template reaches", () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let level = 0; level < 100; level += 1) deep = { next: deep };
    expect(JSON.stringify(copyJsonPayload(deep))).not.toContain("leaf");
  });
});
