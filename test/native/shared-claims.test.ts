import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useStackConfig } from "../../provider/dynamic/settings";
import { claimsFile } from "../../provider/native/shared-claims";
import { claim, keptForAnotherResource, shareClaims } from "../../provider/resources/claims";
import { useEmulator, type EmulatorHandle } from "../support/emulator";
import { newDeployment } from "../support/provider";

// The engine runs one plugin process per provider instance, so a resource that moves to another provider
// of the same organization claims its object in one process and is deleted in another. Two processes are
// played here by two claims files of one deployment (one per pid) and the settings each process has.
const one = useEmulator();
const two = useEmulator();
let dir: string;
let file: string;

const settings = (emulator: EmulatorHandle, credential: "adminKey" | "authToken") => {
  const config: Record<string, string> = {
    "anthropic:baseUrl": emulator.url,
    [`anthropic:${credential}`]: credential === "adminKey" ? emulator.adminKey : emulator.oauthToken,
  };
  useStackConfig((key) => config[key]);
};
/** Process `pid` of the deployment, with the settings `configure` gives it. */
const asProcess = (pid: number, configure: () => void) => {
  configure();
  newDeployment();
  shareClaims(claimsFile(file, "engine-address:1234", pid));
};
const requests = async (emulator: EmulatorHandle) => (await emulator.control.requests()).log.map((r) => r.route);
/** Until the claiming process has told its organization's id (it asks in the background). */
async function told(): Promise<void> {
  while (!readFileSync(file, "utf8").includes('"organization"')) await new Promise((done) => setTimeout(done, 10));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "native-claims-"));
  file = join(dir, "claims.jsonl");
});
afterEach(() => {
  shareClaims(undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe("claims shared by the provider processes of one deployment", () => {
  test("without sharing, a claim made in another process does not keep the delete (the defect the file closes)", async () => {
    settings(one, "adminKey");
    newDeployment();
    claim("wrkspc_moved");
    newDeployment(); // another process: nothing of the first one's memory
    expect(await keptForAnotherResource("wrkspc_moved", "not archived")).toBe(false);
  });

  test("a claim under the same settings in another process keeps the delete, with no request", async () => {
    asProcess(1001, () => settings(one, "adminKey"));
    claim("wrkspc_moved");
    await told();
    asProcess(1002, () => settings(one, "adminKey"));
    await one.control.resetRequests();
    expect(await keptForAnotherResource("wrkspc_moved", "not archived")).toBe(true);
    expect(await requests(one)).toEqual([]);
    expect(await keptForAnotherResource("wrkspc_other", "not archived")).toBe(false);
  });

  test("another credential of the same organization keeps it: each process tells its organization's id", async () => {
    asProcess(1001, () => settings(one, "adminKey"));
    claim("wrkspc_moved");
    asProcess(1002, () => settings(one, "authToken"));
    expect(await keptForAnotherResource("wrkspc_moved", "not archived")).toBe(true);
  });

  test("the same id in another organization does not keep it; a process's own claims are its memory's business", async () => {
    asProcess(1001, () => settings(two, "adminKey"));
    claim("wrkspc_moved");
    asProcess(1002, () => settings(one, "adminKey"));
    expect(await keptForAnotherResource("wrkspc_moved", "not archived")).toBe(false);
    claim("wrkspc_mine");
    newDeployment();
    expect(await keptForAnotherResource("wrkspc_mine", "not archived")).toBe(false);
  });

  test("the file holds ids, endpoints, salted digests and organization ids: no credential", async () => {
    asProcess(1001, () => settings(one, "adminKey"));
    claim("wrkspc_moved");
    asProcess(1002, () => settings(one, "authToken"));
    await keptForAnotherResource("wrkspc_moved", "not archived");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("wrkspc_moved");
    expect(text).not.toContain(one.adminKey);
    expect(text).not.toContain(one.oauthToken);
  });
});
