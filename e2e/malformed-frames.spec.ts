import { expect, test, uniqueText } from "./support/fixtures.js";

test("survives malformed frames and keeps chatting", async ({ chat, identity, simulator }) => {
  const before = await chat.messages.count();
  expect(await simulator.sendMalformedFrames(identity)).toBeGreaterThan(0);

  // Frames arrive in order on the socket: the reply to this message comes after the junk.
  const text = uniqueText("still here");
  await chat.send(text);
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");

  // The junk added no message and did not cost the socket.
  await expect(chat.messages).toHaveCount(before + 2);
  await chat.expectConnection("open");
  expect(await simulator.openSockets(identity)).toBe(1);
});
