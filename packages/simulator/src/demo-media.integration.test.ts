import { afterEach, describe, expect, it } from "vitest";
import { localDemoMedia } from "./demo-media-files.js";
import { demoMediaOrigin } from "./demo-templates.js";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import type { TestSocket } from "./test-support/rtm-test-client.js";
import { connectUser, isType, userMessage } from "./test-support/rtm-test-client.js";

let simulator: SimulatorHandle;
const sockets: TestSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await simulator.close();
});

describe("the demo's own media", () => {
  it("serves pictures, a tone and a PDF, and a small page for the demo's links", async () => {
    simulator = await startSimulator();
    const get = (path: string) => fetch(`${simulator.url}/media/demo/${path}`);
    const picture = await get("hats-1.jpg");
    expect(picture.headers.get("content-type")).toBe("image/svg+xml");
    expect(picture.headers.get("content-security-policy")).toBe("sandbox");
    expect(await picture.text()).toMatch(/^<svg [^>]*>.*hats 1/);
    const tone = await get("greeting.mp3");
    expect(tone.headers.get("content-type")).toBe("audio/wav");
    expect(
      Buffer.from(await tone.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("RIFF");
    expect((await (await get("report.pdf")).text()).startsWith("%PDF-1.4")).toBe(true);
    expect((await get("tour.mp4")).status).toBe(404);
    expect(await (await get("docs")).text()).toContain("A demo link");
  });

  it("escapes names it draws into a picture or page", () => {
    const picture = localDemoMedia('<script>alert(1)</script>".png');
    expect(String(picture?.body)).not.toContain("<script>");
    const page = localDemoMedia("<img src=x onerror=alert(1)>");
    expect(String(page?.body)).not.toContain("<img");
  });

  it("points the demo bot's media at itself, live and in the seeded history", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0, seedHistory: true });
    const { socket, accessToken } = await connectUser(simulator, "media@example.com");
    sockets.push(socket);
    socket.send(userMessage(simulator, 1, "show carousel"));
    const reply = await socket.waitFor((frame) => isType(frame, "bot_response"));
    const text = JSON.stringify(reply);
    expect(text).toContain(`${simulator.url}/media/demo/`);
    expect(text).not.toContain(demoMediaOrigin);
    const history = await fetch(
      `${simulator.url}/api/botmessages/rtm?botId=${simulator.bot.taskBotId}&limit=50`,
      { headers: { authorization: `bearer ${accessToken}` } },
    );
    const rows = JSON.stringify(await history.json());
    // The seeded welcome conversation's quick replies show a picture.
    expect(rows).toContain(`${simulator.url}/media/demo/red.png`);
    expect(rows).not.toContain(demoMediaOrigin);
  });
});
