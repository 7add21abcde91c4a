import { describe, expect, it } from "vitest";
import { agentName } from "./agent-name.js";

describe("agentName", () => {
  it("joins an agent's first and last name", () => {
    expect(agentName({ firstName: "Alex", lastName: "Agent", type: "AGENT" })).toBe("Alex Agent");
    expect(agentName({ firstName: " Alex ", type: "agent" })).toBe("Alex");
    expect(agentName({ lastName: "Agent", type: "Agent" })).toBe("Agent");
  });

  it("has no name for the bot, a missing author or an agent without one", () => {
    expect(agentName(undefined)).toBeUndefined();
    expect(agentName({ firstName: "Alex", lastName: "Agent" })).toBeUndefined();
    expect(agentName({ firstName: "Alex", type: "BOT" })).toBeUndefined();
    expect(agentName({ firstName: "  ", lastName: "", type: "AGENT" })).toBeUndefined();
  });

  it("survives untyped junk and cuts a very long name", () => {
    const junk = { firstName: 7, lastName: null, type: "AGENT" } as unknown as Parameters<
      typeof agentName
    >[0];
    expect(agentName(junk)).toBeUndefined();
    const long = agentName({ firstName: "x".repeat(500), type: "AGENT" });
    expect(long).toHaveLength(80);
    expect(long?.endsWith("…")).toBe(true);
  });
});
