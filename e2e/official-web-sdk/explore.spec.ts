import { writeFileSync } from "node:fs";
import { test } from "../support/fixtures.js";
import { hostPageUrl, routeHostPage } from "./host-page.js";

test.use({ permissions: ["local-network-access"] });
test("explore", async ({ page, identity }) => {
  page.on("console", (m) => console.log("CONSOLE", m.type(), m.text().slice(0, 300)));
  page.on("request", (r) => console.log("REQ", r.method(), r.url(), r.postData()?.slice(0, 200)));
  page.on("response", (r) => console.log("RES", r.status(), r.url()));
  page.on("websocket", (ws) => {
    console.log("WS", ws.url());
    ws.on("framereceived", (f) => console.log("WS<", String(f.payload).slice(0, 400)));
    ws.on("framesent", (f) => console.log("WS>", String(f.payload).slice(0, 400)));
  });
  await routeHostPage(page, identity);
  await page.goto(hostPageUrl);
  await page.waitForTimeout(5000);
  await page.screenshot({ path: "/tmp/ksdk/shot1.png" });
  const html = await page.content();
  writeFileSync("/tmp/ksdk/page1.html", html);
});
