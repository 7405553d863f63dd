/** Reads the public workshop page makes (no session; the workshop link's token is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { describeWorkshop } from "./describe-workshop";

export const loadWorkshop = (token: string) => describeWorkshop(db, token);
