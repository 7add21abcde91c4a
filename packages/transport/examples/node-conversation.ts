/**
 * A whole conversation from Node through the transport alone:
 *   pnpm --filter @kore-chat/transport example            (starts its own simulator)
 *   KORE_API_HOST=http://127.0.0.1:4010 pnpm --filter @kore-chat/transport example
 * Against the simulator, the JWT comes from its demo host backend (`POST /demo/jwt`).
 */
import { startSimulator } from "@kore-chat/simulator";
import { WebSocket } from "ws";
import { createKoreClient, silentLogger, type WebSocketConstructor } from "../src/index.js";

const external = process.env.KORE_API_HOST;
const simulator = external === undefined ? await startSimulator({ port: 0 }) : undefined;
const apiHost = external ?? simulator?.url ?? "";
const botInfo = simulator?.bot ?? {
  chatBot: process.env.KORE_CHAT_BOT ?? "Demo Bot",
  taskBotId: process.env.KORE_TASK_BOT_ID ?? "",
};
const lines = ["hi", "show button", "thanks"];
let fileSent = false;

const client = createKoreClient({
  apiHost,
  botInfo,
  jwtUrl: `${apiHost}/demo/jwt`,
  jwtRequestBody: { identity: "node-example@example.com" },
  WebSocket: WebSocket as unknown as WebSocketConstructor,
  logger: silentLogger,
});

client.on("status", ({ status }) => console.log(`[status] ${status}`));
client.on("ack", (ack) => console.log(`[ack] ${ack.replyto} ${ack.ok ? "delivered" : "refused"}`));
client.on("bot_response", (turn) => {
  for (const part of turn.message) {
    const body = (part.cInfo as { body?: unknown } | undefined)?.body;
    console.log(`bot> ${typeof body === "string" ? body.slice(0, 120) : "[rich message]"}`);
  }
  const next = lines.shift();
  if (next !== undefined) {
    console.log(`you> ${next}`);
    client.send(next);
    return;
  }
  if (fileSent) return finish();
  fileSent = true;
  void sendFile();
});

/** A file from Node: bytes (a Buffer) and a name, uploaded, then sent with a message. */
async function sendFile() {
  const bytes = Buffer.from("Order KC-1042: 2 × T-shirt, 1 × mug\n");
  const file = await client.upload(bytes, {
    fileName: "order-notes.txt",
    onProgress: ({ sentBytes, totalBytes }) => console.log(`[upload] ${sentBytes}/${totalBytes}`),
  });
  console.log(`[upload] ${file.fileName} is ${file.fileId} (${file.size} bytes)`);
  console.log(`you> [${file.fileName}]`);
  client.send("", { attachments: [file] });
}
client.on("status", ({ status, error }) => {
  if (status === "failed") {
    console.error(`failed: ${error?.message}`);
    void finish(1);
  }
});

async function finish(code = 0) {
  client.close();
  await simulator?.close();
  process.exit(code);
}

client.connect();
const first = lines.shift() ?? "hi";
console.log(`you> ${first}`);
client.send(first);
