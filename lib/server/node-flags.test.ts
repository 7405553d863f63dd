import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./node-flags.mjs";

const read = (file: string) => readFileSync(file, "utf8");
const startScript = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.start!;

describe("the server's Node flags", () => {
  // The shell scripts and npm cannot import the list, so each launcher is checked against it.
  it.each([
    ["npm start", startScript],
    ["npm run demo", read("scripts/demo.sh")],
    ["the e2e server", read("scripts/e2e-server.sh")],
  ])("are given by %s", (_, launcher) => {
    const commands = launcher
      .split("\n")
      .filter((line) => line.includes("scripts/serve.mjs") && !line.trim().startsWith("#"));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toContain(`node ${SERVER_NODE_FLAGS.join(" ")} scripts/serve.mjs`);
  });
});
