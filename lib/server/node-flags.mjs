/**
 * The flags Node runs the server with (`npm start`, `npm run demo`, the e2e and HTTP tests' servers, and the
 * analysis benchmark, which measures what the server does).
 *
 * A young generation of 64 MB instead of V8's 16 MB: the analysis of a large model allocates hundreds of
 * thousands of findings, all kept, and with the default each one is copied through many more scavenges. At 10×
 * (a million influences) the analysis took 2.7 s with the default and 1.8–1.9 s with this, on this project's
 * 2-core machine (`npm run bench:analyze`); 32 MB gave less, 128 MB no more. It costs up to 128 MB more memory
 * per server process. V8 reads it only at start: it cannot be set from inside the process.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
