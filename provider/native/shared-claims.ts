/**
 * Claims (resources/claims.ts) shared by the provider processes of one deployment. The engine starts
 * one plugin process per provider instance, so a resource that moves from one provider to another of
 * the same organization is created (and claims its object) in one process and its old self deleted in
 * another: with claims in one process only, that delete would remove what the new resource manages.
 *
 * Every plugin process of one engine pass is started by the same `pulumi` process and given the same
 * engine address, so the two name the deployment: a file `<pulumi pid>-<digest of the address>.jsonl`
 * in the temporary directory, appended to by each process (one short line per write, whole lines with
 * O_APPEND). A line names the object id, the endpoint and a digest of the credential (salted by the
 * deployment; never the credential); and once per credential, the organization id it reaches, asked
 * in the background, so that another process holding another credential of the same endpoint can tell
 * whether it is the same organization. Files of `pulumi` processes that have ended are removed.
 */
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { organizationReached } from "../settings/real-organization";
import { shareClaims, type ClaimsElsewhere } from "../resources/claims";

interface Line {
  pid: number;
  id?: string;
  baseUrl?: string;
  credential: string;
  organization?: string;
}

const DIRECTORY = join(tmpdir(), "pulumi-anthropic-claims");
/** How long a delete waits for another process to have written the organization id of its credential. */
const ORGANIZATION_WAIT_MS = 10_000;

/** Shares this process's claims with the deployment's other provider processes (`args`: the plugin's arguments). */
export function shareClaimsAcrossProcesses(args: readonly string[], directory = DIRECTORY): void {
  const engine = args.find((arg) => /^[\w.[\]:-]+:\d+$/.test(arg));
  if (!engine) return;
  mkdirSync(directory, { recursive: true });
  removeEnded(directory);
  shareClaims(claimsFile(join(directory, `${process.ppid}-${digest(engine).slice(0, 16)}.jsonl`), engine));
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

/** The claims file of one deployment, written and read as process `self`. */
export function claimsFile(file: string, salt: string, self = process.pid): ClaimsElsewhere {
  const append = (line: Line) => appendFileSync(file, `${JSON.stringify(line)}\n`);
  const lines = (): Line[] => {
    try {
      return readFileSync(file, "utf8").split("\n").filter(Boolean).map((text) => JSON.parse(text) as Line);
    } catch {
      return [];
    }
  };
  const reached = (organization: string | undefined) => {
    const where = organizationReached(organization);
    return { ...where, credential: digest(`${salt}\n${where.credential}`) };
  };
  const told = new Set<string>();

  return {
    record(id, organization) {
      let here: ReturnType<typeof reached>;
      try {
        here = reached(organization);
      } catch {
        return; // Not configured: nothing of it can be deleted by anyone either.
      }
      append({ pid: self, id, baseUrl: here.baseUrl, credential: here.credential });
      if (told.has(here.credential)) return;
      told.add(here.credential);
      // In the background, so it may outlive the deployment's file: a failed write only leaves others to
      // wait for the id and then keep the object, never a rejection nobody handles (that ends the process).
      here.id().then(
        (id) => {
          try {
            append({ pid: self, credential: here.credential, organization: id });
          } catch {
            told.delete(here.credential);
          }
        },
        () => told.delete(here.credential),
      );
    },
    async claimedElsewhere(id, organization) {
      const others = lines().filter((line) => line.pid !== self && line.id === id);
      if (others.length === 0) return false;
      const here = reached(organization);
      for (const other of others) {
        if (other.baseUrl !== here.baseUrl) continue;
        if (other.credential === here.credential) return true;
        const theirs = await organizationOf(other.credential);
        // Not known in time: keeping the object is the side that loses nothing.
        if (theirs === undefined || theirs === (await here.id())) return true;
      }
      return false;
    },
  };

  async function organizationOf(credential: string): Promise<string | undefined> {
    for (let waited = 0; waited <= ORGANIZATION_WAIT_MS; waited += 100) {
      const line = lines().find((l) => l.credential === credential && l.organization !== undefined);
      if (line) return line.organization;
      await sleep(100);
    }
    return undefined;
  }
}

/** Removes the files of deployments whose `pulumi` process has ended. */
function removeEnded(directory: string): void {
  for (const name of readdirSync(directory)) {
    const pid = Number(name.split("-")[0]);
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
    rmSync(join(directory, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
