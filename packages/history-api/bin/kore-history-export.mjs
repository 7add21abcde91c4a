#!/usr/bin/env node
// Published entry: runs the compiled CLI. In the workspace, use `tsx src/cli.ts`.
import { runHistoryExport } from "../dist/cli.js";

process.exitCode = await runHistoryExport(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
