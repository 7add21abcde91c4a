import { expect, test, welcomeHistory } from "./support/fixtures.js";

// The playground renders <KoreChat/> in React's StrictMode (a development build), which runs
// every effect, its cleanup and the effect again: the widget must still connect once.
test("under StrictMode the widget connects once: one JWT, one rtm/start, one socket", async ({
  page,
  identity,
  chatPageFor,
  simulator,
}) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === "POST") requests.push(pathname);
  });
  const chat = chatPageFor(page);
  await chat.open(identity);
  await chat.expectConnection("open");
  await expect(chat.messages).toHaveCount(welcomeHistory.length);
  // Room for a second connection, if one were coming.
  await page.waitForTimeout(500);

  expect(requests.filter((path) => path === "/api/jwt")).toHaveLength(1);
  expect(requests.filter((path) => path.endsWith("/rtm/start"))).toHaveLength(1);
  expect(await simulator.socketUrls(identity)).toHaveLength(1);
  expect(await simulator.openSockets(identity)).toBe(1);
});
