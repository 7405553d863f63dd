import "server-only";
import { loadEnv } from "./load-env";

export const env = loadEnv();
