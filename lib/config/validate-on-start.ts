import { loadEnv } from "./load-env";

try {
  loadEnv();
} catch (error) {
  console.error(`Throughline cannot start. ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
