/** The unsubscribe page and its button: public (the signed link is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { describeUnsubscribe } from "./unsubscribe";

export const loadUnsubscribe = (token: string) => describeUnsubscribe(db, token);
