import { startSimulator } from "@kore-chat/simulator";
import { createServer } from "vite";

// `npm start`: the platform simulator plus the playground, one command, no account needed.
// Set KORE_API_HOST, KORE_CHAT_BOT and KORE_TASK_BOT_ID to point the page at a real platform
// instead (the page then needs a JWT endpoint of your own; see the README).
const simulatorPort = Number(process.env.KORE_SIMULATOR_PORT ?? 4010);
const playgroundPort = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? "127.0.0.1";

const simulator = await startSimulator({ port: simulatorPort, host, seedHistory: true });
const apiHost = process.env.KORE_API_HOST ?? simulator.url;

const server = await createServer({
  root: new URL("..", import.meta.url).pathname,
  configFile: new URL("../vite.config.ts", import.meta.url).pathname,
  server: {
    host,
    port: playgroundPort,
    strictPort: true,
    // The demo "host backend" lives on the simulator; proxy it so the page stays same-origin.
    proxy: { "/demo": simulator.url },
  },
  define: {
    "import.meta.env.VITE_KORE_API_HOST": JSON.stringify(apiHost),
    "import.meta.env.VITE_KORE_CHAT_BOT": JSON.stringify(
      process.env.KORE_CHAT_BOT ?? simulator.bot.chatBot,
    ),
    "import.meta.env.VITE_KORE_TASK_BOT_ID": JSON.stringify(
      process.env.KORE_TASK_BOT_ID ?? simulator.bot.taskBotId,
    ),
  },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://${host}:${playgroundPort}/`;

console.log(`
  kore-chat playground   ${url}
  second session         ${url}?user=demo-user@example.com   (same user: one conversation)
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
