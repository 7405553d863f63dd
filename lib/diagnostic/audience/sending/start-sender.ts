/** Started by instrumentation.ts when the server starts: resumes unfinished sends and checks for new ones. */
import "server-only";
import { db } from "@/lib/db/client";
import { startSender } from "./sender";

startSender(db);
