/** Started by instrumentation.ts when the server starts: keeps large organisations' system views ready. */
import "server-only";
import { db } from "@/lib/db/client";
import { startWarmUp } from "./warm-up";

startWarmUp(db);
