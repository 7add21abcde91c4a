#!/usr/bin/env node
// Published entry: runs the compiled CLI. In the workspace, use `tsx src/history-api/cli.ts`.
import "../dist/history-api/cli.js";
