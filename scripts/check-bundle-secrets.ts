// After the build: no client secret (nor anything that reads or carries one) in a browser
// bundle. `tsx scripts/check-bundle-secrets.ts [directory…]`; the default directories are the
// build's browser outputs. Exits 1 on a leak or on a missing output.
import { fileURLToPath } from "node:url";
import { browserOutputs, scanForSecrets, secretPatterns } from "./bundle-secrets.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const directories = process.argv.length > 2 ? process.argv.slice(2) : browserOutputs;

try {
  const { files, leaks } = scanForSecrets(directories, secretPatterns(), root);
  for (const leak of leaks) {
    console.error(`secrets: ${leak.file} (offset ${leak.offset}) contains ${leak.pattern}`);
  }
  if (leaks.length > 0) process.exit(1);
  console.log(`secrets: none in ${files} files of ${directories.join(", ")}`);
} catch (error) {
  console.error(`secrets: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
