// A tiny static file server for the e2e run (no dependency): serves one directory, e.g. the
// built Storybook. Usage: node e2e/support/serve-static.mjs <directory> <port> [host]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const [directoryArgument, portArgument, host = "127.0.0.1"] = process.argv.slice(2);
if (directoryArgument === undefined || portArgument === undefined) {
  console.error("usage: node serve-static.mjs <directory> <port> [host]");
  process.exit(2);
}
const root = resolve(directoryArgument);
// A missing directory is not fatal here: the spec that needs it says what to build, and
// the other specs still run.
if (!existsSync(root)) console.error(`${root} is missing: run \`pnpm run build-storybook\`.`);

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (pathname === "/__health") {
    response.writeHead(200).end("ok");
    return;
  }
  // Stay inside the root: a `..` in the path never leaves it.
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    response.writeHead(404).end("not found");
    return;
  }
  response.writeHead(200, {
    "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
  });
  createReadStream(file).pipe(response);
}).listen(Number(portArgument), host, () => {
  console.log(`serving ${root} at http://${host}:${portArgument}/`);
});
