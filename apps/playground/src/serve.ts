import { startSimulator } from "@kore-chat/simulator";
import { createServer } from "vite";
import { embedPage } from "./embed-page.js";
import { appSecretSigner, jwtEndpoint } from "./jwt-endpoint.js";

// `npm start`: the platform simulator plus the playground, one command, no account needed.
// To use a real platform instead, set KORE_API_HOST, KORE_CHAT_BOT, KORE_TASK_BOT_ID and the
// app's KORE_CLIENT_ID + KORE_CLIENT_SECRET: `/api/jwt` then signs with them, server side.
const simulatorPort = Number(process.env.KORE_SIMULATOR_PORT ?? 4010);
const playgroundPort = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? "127.0.0.1";

const simulator = await startSimulator({ port: simulatorPort, host, seedHistory: true });
const apiHost = process.env.KORE_API_HOST ?? simulator.url;
const { KORE_CLIENT_ID: clientId, KORE_CLIENT_SECRET: clientSecret } = process.env;
const signJwt =
  process.env.KORE_API_HOST !== undefined && clientId !== undefined && clientSecret !== undefined
    ? appSecretSigner(clientId, clientSecret)
    : (identity: string) => simulator.signUserJwt(identity);

const botInfo = {
  chatBot: process.env.KORE_CHAT_BOT ?? simulator.bot.chatBot,
  taskBotId: process.env.KORE_TASK_BOT_ID ?? simulator.bot.taskBotId,
};

const server = await createServer({
  root: new URL("..", import.meta.url).pathname,
  configFile: new URL("../vite.config.ts", import.meta.url).pathname,
  plugins: [jwtEndpoint(signJwt), embedPage({ apiHost, botInfo })],
  server: {
    host,
    port: playgroundPort,
    strictPort: true,
    // The demo "host backend" lives on the simulator; proxy it so the page stays same-origin.
    proxy: { "/demo": simulator.url },
    // For the e2e run (KORE_PLAYGROUND_NO_RELOAD=1): a source edit meanwhile must not reload
    // the pages under test in the middle of a test.
    ...(process.env.KORE_PLAYGROUND_NO_RELOAD === "1" ? { hmr: false, watch: null } : {}),
  },
  define: {
    "import.meta.env.VITE_KORE_API_HOST": JSON.stringify(apiHost),
    "import.meta.env.VITE_KORE_CHAT_BOT": JSON.stringify(botInfo.chatBot),
    "import.meta.env.VITE_KORE_TASK_BOT_ID": JSON.stringify(botInfo.taskBotId),
  },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://${host}:${playgroundPort}/`;

console.log(`
  kore-chat playground   ${url}
  second session         ${url}?user=demo-user@example.com   (same user: one conversation)
  embed script only      ${url}embed.html
  under a strict CSP     ${url}csp.html
  platform simulator     ${simulator.url}
  Press Ctrl+C to stop.
`);

const shutdown = async () => {
  await server.close();
  await simulator.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
