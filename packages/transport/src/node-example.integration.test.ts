import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL("..", import.meta.url));

describe("examples/node-conversation.ts", () => {
  it("holds a whole conversation with the simulator from a Node process", async () => {
    const { stdout } = await run("npx", ["tsx", "examples/node-conversation.ts"], {
      cwd: packageRoot,
      timeout: 25_000,
    });
    expect(stdout).toContain("[status] open");
    expect(stdout.match(/^\[ack\] \d+ delivered$/gm)).toHaveLength(4);
    expect(stdout.match(/^bot> /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(stdout).toContain("button");
    // A Buffer uploaded from Node and sent: the demo bot names the file it got.
    expect(stdout).toMatch(/^\[upload\] order-notes\.txt is \S+ \(\d+ bytes\)$/m);
    expect(stdout).toContain("order-notes.txt");
  });
});
