/** Loads the demo organisations and accounts into the configured database (idempotent). */
import { loadEnv } from "../lib/config/load-env";
import { targetFromEnv } from "../lib/db/connection";
import { createClient } from "../lib/db/create-client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/demo-accounts";
import { seedDemo } from "../lib/demo/seed-demo";

async function main() {
  const { db, close } = createClient(targetFromEnv(loadEnv()));
  try {
    const { created } = await seedDemo(db);
    console.log(created ? "Loaded the demo organisations." : "The demo organisations are already there.");
    console.log(`\nDemo sign-in accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(34)} ${account.note}`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
