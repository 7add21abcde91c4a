import { describe, expect, it } from "vitest";
import { ownField, readJsonPayload } from "./read-json-payload.js";

describe("readJsonPayload", () => {
  it("returns a record as is and parses a JSON object string", () => {
    const record = { text: "Hi" };
    expect(readJsonPayload(record)).toBe(record);
    expect(readJsonPayload(' {"text":"Hi"} ')).toEqual({ text: "Hi" });
  });

  it("unwraps a JSON string of a JSON string", () => {
    const inner = JSON.stringify({ template_type: "button" });
    expect(readJsonPayload(JSON.stringify(inner))).toEqual({ template_type: "button" });
    expect(readJsonPayload(JSON.stringify(JSON.stringify(inner)))).toEqual({
      template_type: "button",
    });
  });

  it("gives nothing for text, arrays, numbers, broken and huge JSON", () => {
    for (const value of ["Hello", "[1,2]", "42", '{"a":', "", null, 7, [{ a: 1 }]]) {
      expect(readJsonPayload(value)).toBeUndefined();
    }
    expect(readJsonPayload(`{"text":"${"x".repeat(2_000_001)}"}`)).toBeUndefined();
  });

  it("survives nesting deep enough to overflow a recursive parser", () => {
    expect(readJsonPayload(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`)).toBeDefined();
    expect(readJsonPayload(`{"a":${"[".repeat(1_000_000)}`)).toBeUndefined();
  });

  it("reads HTML-escaped JSON", () => {
    expect(readJsonPayload("{&quot;text&quot;:&quot;Hi&quot;}")).toEqual({ text: "Hi" });
  });
});

describe("ownField", () => {
  it("reads own fields only", () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"text":"Hi"}') as Record<string, unknown>;
    expect(ownField(parsed, "text")).toBe("Hi");
    expect(ownField(parsed, "__proto__")).toEqual({ x: 1 });
    expect(ownField({}, "constructor")).toBeUndefined();
    expect(ownField({}, "toString")).toBeUndefined();
  });
});
