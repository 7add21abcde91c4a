// Run by scripts/check-packages.ts in the consumer app, in Node with no `window`: every package's
// entry imports without throwing, and `renderToString(<KoreChat …/>)` makes no request (no fetch,
// no WebSocket, getJWT not called) and leaves nothing behind (the parent checks that this process
// exits by itself right after "DONE"). One line per result: `PASS …`, `FAIL …` or `NOTE …`.
import { createElement } from "react";
import { renderToString } from "react-dom/server";

const entries = [
  "@kore-chat/transport",
  "@kore-chat/store",
  "@kore-chat/react",
  "@kore-chat/embed",
  "@kore-chat/history-api",
];

const report = (kind, text) => console.log(`${kind} ${text.replace(/\s+/g, " ")}`);
const describeError = (error) => (error instanceof Error ? error.message : String(error));

const requests = [];
globalThis.fetch = (input) => {
  requests.push(`fetch(${String(input instanceof Request ? input.url : input)})`);
  return Promise.reject(new TypeError("this check allows no network"));
};
globalThis.WebSocket = class RecordingWebSocket {
  constructor(url) {
    requests.push(`new WebSocket(${url})`);
    throw new Error("this check allows no network");
  }
};

if (typeof window !== "undefined" || typeof document !== "undefined") {
  report("FAIL", "node: a DOM global is defined; this check needs plain Node");
}

const modules = {};
for (const entry of entries) {
  try {
    modules[entry] = await import(entry);
    report("PASS", `import ${entry} (${Object.keys(modules[entry]).length} exports)`);
  } catch (error) {
    report("FAIL", `import ${entry} threw: ${describeError(error)}`);
  }
}

const KoreChat = modules["@kore-chat/react"]?.KoreChat;
if (typeof KoreChat === "function") {
  const logged = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args) => logged.push(`console.error: ${args.map(String).join(" ")}`);
  console.warn = (...args) => logged.push(`console.warn: ${args.map(String).join(" ")}`);
  let jwtRequests = 0;
  let html = "";
  try {
    html = renderToString(
      createElement(KoreChat, {
        apiHost: "https://bots.example.com",
        botInfo: { chatBot: "SSR Bot", taskBotId: "st-ssr" },
        getJWT: () => {
          jwtRequests += 1;
          return Promise.resolve("not-a-jwt");
        },
        title: "SSR check",
      }),
    );
  } catch (error) {
    report("FAIL", `renderToString(<KoreChat/>) threw: ${describeError(error)}`);
  } finally {
    Object.assign(console, original);
  }
  // Whatever render scheduled (a microtask, a timer of 0) runs before this is counted.
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (html !== "") report("PASS", `renderToString(<KoreChat/>): ${html.length} characters of HTML`);
  if (jwtRequests > 0)
    report("FAIL", `ssr: getJWT was called ${jwtRequests} time(s) on the server`);
  if (requests.length > 0)
    report("FAIL", `ssr: network requests on the server: ${requests.join(", ")}`);
  if (jwtRequests === 0 && requests.length === 0) report("PASS", "ssr: no getJWT call, no request");
  for (const line of logged) report("NOTE", `ssr ${line.slice(0, 300)}`);
}

const left = process
  .getActiveResourcesInfo()
  .filter((resource) => !["TTYWrap", "PipeWrap", "FSReqCallback"].includes(resource));
if (left.length > 0) report("NOTE", `still active after the checks: ${left.join(", ")}`);
report("DONE", "node checks");
