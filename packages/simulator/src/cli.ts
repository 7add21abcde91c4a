import { parseArgs } from "node:util";
import { startSimulator } from "./simulator.js";

const USAGE = `Usage: kore-simulator [--port 4010] [--host 127.0.0.1] [--public-origin URL]
                      [--bot-reply-delay MS] [--seed-history]`;

function integerOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be an integer >= 0`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "public-origin": { type: "string" },
      "bot-reply-delay": { type: "string" },
      "seed-history": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = integerOption(values.port, "port");
  const botReplyDelayMs = integerOption(values["bot-reply-delay"], "bot-reply-delay");
  const simulator = await startSimulator({
    ...(port === undefined ? {} : { port }),
    host: values.host,
    seedHistory: values["seed-history"],
    ...(botReplyDelayMs === undefined ? {} : { botReplyDelayMs }),
    ...(values["public-origin"] === undefined ? {} : { publicOrigin: values["public-origin"] }),
  });
  process.stdout.write(
    [
      `kore-chat platform simulator listening on ${simulator.url}`,
      `  clientId:  ${simulator.app.clientId}`,
      `  bot:       ${simulator.bot.chatBot} (${simulator.bot.taskBotId})`,
      `  user JWT:  POST ${simulator.url}/demo/jwt {"identity":"you@example.com"}`,
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: closing\n`);
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(1);
});
