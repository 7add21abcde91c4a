#!/usr/bin/env node
// Runs pnpm at the version pinned in package.json's "packageManager", after
// making sure dependencies are installed. A fresh machine has only Node and
// npm (and Corepack cannot verify pnpm against this registry), so pnpm comes
// through `npx`; nested `pnpm` calls in scripts then find it on PATH.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpm = `pnpm@${packageManager.replace(/^pnpm@/, "")}`;

function run(args) {
  const result = spawnSync("npx", ["--yes", pnpm, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// `pnpm install` is a no-op in about a second when node_modules is current.
run(["install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"]);
run(process.argv.slice(2));
