/**
 * Hands the attempt reserved by the sign-in gate (before next-auth runs) to the credentials check inside
 * next-auth, for the same request. No reserved attempt, no password check.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SignInAttempt } from "./login-throttle";

const current = new AsyncLocalStorage<SignInAttempt>();

export function runWithSignInAttempt<T>(attempt: SignInAttempt, work: () => Promise<T>): Promise<T> {
  return current.run(attempt, work);
}

export function reservedSignInAttempt(): SignInAttempt | undefined {
  return current.getStore();
}
