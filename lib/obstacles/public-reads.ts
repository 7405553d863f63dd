/** Reads the public obstacle pages make (no session; the link's or the receipt's token is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { describeObstacleLink } from "./describe-obstacle-link";
import { readReceipt } from "./read-receipt";

export const loadObstacleLink = (token: string) => describeObstacleLink(db, token);
export const loadReceipt = (token: string) => readReceipt(db, token);
