/** Reads the kiosk page makes (no session; the browser's kiosk pass is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { describeKiosk } from "./kiosk-sitting";

export const loadKiosk = (waveId: string, pass: string | undefined) => describeKiosk(db, waveId, pass);
