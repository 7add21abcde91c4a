import { expect, test, uniqueText } from "../support/fixtures.js";
import { hostPageUrl, routeHostPage } from "./host-page.js";

// The page (playground origin) calls the simulator on another loopback port with XHR;
// Chromium's local-network-access check wants the permission for that.
test.use({ permissions: ["local-network-access"] });

test("the platform's official web SDK connects to the simulator, loads history and gets a reply", async ({
  page,
  identity,
  simulator,
}) => {
  await routeHostPage(page, identity);
  await page.goto(hostPageUrl);
  await page.locator(".minimized").click();

  // History: the simulator seeds a welcome conversation for a new user.
  await expect(page.getByText("Hello! I'm Demo Bot", { exact: false })).toBeVisible();
  await expect.poll(() => simulator.openSockets(identity)).toBe(1);

  const text = uniqueText("hello from the official SDK");
  const composer = page.locator(".chatInputBox");
  await composer.click();
  await composer.pressSequentially(text);
  await composer.press("Enter");
  await expect(page.getByText(`You said: ${text}`)).toBeVisible();
  expect(
    (await simulator.received(identity)).filter((message) => message.body === text),
  ).toHaveLength(1);
});
