// In tests the "server-only" guard has no meaning (there is no client bundle to protect).
export {};
