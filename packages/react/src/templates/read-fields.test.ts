import { describe, expect, it } from "vitest";
import {
  arrayField,
  booleanField,
  isRecord,
  recordField,
  recordsField,
  stringField,
  textValue,
} from "./read-fields.js";

describe("read-fields", () => {
  it("isRecord accepts plain objects only", () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord("x")).toBe(false);
  });

  it("textValue keeps strings, shows finite numbers and booleans, drops the rest", () => {
    expect(textValue("a")).toBe("a");
    expect(textValue("")).toBeUndefined();
    expect(textValue(0)).toBe("0");
    expect(textValue(Number.NaN)).toBeUndefined();
    expect(textValue(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(textValue(false)).toBe("false");
    expect(textValue({ toString: () => "x" })).toBeUndefined();
    expect(textValue(null)).toBeUndefined();
  });

  it("reads own fields of objects and nothing from non-objects or the prototype", () => {
    expect(stringField({ a: "x" }, "a")).toBe("x");
    expect(stringField({ a: 3 }, "a")).toBe("3");
    expect(stringField(null, "a")).toBeUndefined();
    expect(stringField("str", "length")).toBeUndefined();
    expect(stringField({}, "constructor")).toBeUndefined();
    expect(arrayField({ a: [1] }, "a")).toEqual([1]);
    expect(arrayField({ a: "x" }, "a")).toEqual([]);
    expect(arrayField(undefined, "a")).toEqual([]);
    expect(recordField({ a: { b: 1 } }, "a")).toEqual({ b: 1 });
    expect(recordField({ a: [1] }, "a")).toBeUndefined();
    expect(recordsField({ a: [null, { b: 1 }, 2, []] }, "a")).toEqual([{ b: 1 }]);
    expect(booleanField({ a: "true", b: false, c: 1 }, "a")).toBe(true);
    expect(booleanField({ b: false }, "b")).toBe(false);
    expect(booleanField({ c: 1 }, "c")).toBeUndefined();
  });
});
