/**
 * A PostgreSQL 15 cluster of the test's own, in a temporary directory on a free port, that the test may
 * stop, start, pause (SIGSTOP) and resume — faults nobody may inflict on the shared server. Tests run as
 * root in CI, and PostgreSQL refuses to run as root, so its commands run as the `postgres` user then.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./app-server";

const BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export type PrivatePostgres = {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  stop: () => void;
  start: () => void;
  /** SIGSTOP the postmaster and every process it started: a frozen server that still accepts TCP connections. */
  pause: () => void;
  resume: () => void;
  /** Stops it however it is and removes its files. */
  destroy: () => void;
};

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "throughline-pg-"));
  const data = path.join(dir, "data");
  const run = (command: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : path.join(BIN, command),
      asRoot ? ["-u", "postgres", "--", path.join(BIN, command), ...args] : args,
      { stdio: ["ignore", "ignore", "pipe"], timeout: 60_000 },
    );
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const port = await freePort(5440, 5499);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = () =>
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);

  const postmaster = () => Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  const family = () => {
    const parent = postmaster();
    const children = readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so read after the last ')'.
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [parent, ...children];
  };
  let paused = false;
  const signal = (name: NodeJS.Signals) => {
    for (const pid of family()) {
      try {
        process.kill(pid, name);
      } catch {
        // gone already
      }
    }
  };

  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    pause: () => {
      signal("SIGSTOP");
      paused = true;
    },
    resume: () => {
      signal("SIGCONT");
      paused = false;
    },
    destroy: () => {
      try {
        if (paused) signal("SIGCONT");
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"]);
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
