#!/usr/bin/env node
// Published entry: runs the compiled CLI. In the workspace, use `pnpm --filter @kore-chat/simulator start`.
import "../dist/cli.js";
