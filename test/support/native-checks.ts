import { expect } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nativePluginDir } from "./native";
import type { EmulatorHandle } from "./emulator";
import type { PulumiProject } from "./pulumi-cli";

// What the native provider's engine tests share, one program per language: the two organizations'
// stack config, the plugin folder in Pulumi.yaml, and the assertions.

/** Config the programs read: each organization's URL, and its admin key as a secret. */
export async function configureOrganizations(project: PulumiProject, organizations: Record<string, EmulatorHandle>): Promise<void> {
  for (const [name, emulator] of Object.entries(organizations)) {
    await project.ok(["config", "set", `${name}Url`, emulator.url]);
    await project.ok(["config", "set", "--secret", `${name}AdminKey`, emulator.adminKey]);
  }
}

/** Writes the folder of the plugin's launcher where the project's Pulumi.yaml says PLUGIN_DIR. */
export function pointAtPlugin(project: PulumiProject): void {
  const file = join(project.dir, "Pulumi.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("PLUGIN_DIR", nativePluginDir));
}

/** After a destroy: the workspaces of `ids` archived, and no active workspace left in either organization. */
export async function expectAllArchived(main: EmulatorHandle, sandbox: EmulatorHandle, ids: [string, string]): Promise<void> {
  expect(await archivedAt(main, ids[0])).toEqual(expect.any(String));
  expect(await archivedAt(sandbox, ids[1])).toEqual(expect.any(String));
  expect([await activeWorkspaces(main), await activeWorkspaces(sandbox)]).toEqual([{}, {}]);
}

/** Active workspaces of an emulator other than its default one, by name. */
export async function activeWorkspaces(emulator: EmulatorHandle): Promise<Record<string, string>> {
  const state = await emulator.control.state();
  const live = state.workspaces.filter((w) => !w.archived_at && w.id !== state.defaultWorkspaceId);
  return Object.fromEntries(live.map((w) => [w.name, w.id]));
}

export async function archivedAt(emulator: EmulatorHandle, id: string): Promise<string | null | undefined> {
  return (await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at;
}

/** Routes other than GET the emulator answered since its last resetRequests(). */
export async function writeRequests(emulator: EmulatorHandle): Promise<string[]> {
  return Object.keys((await emulator.control.requests()).byRoute).filter((route) => !route.startsWith("GET "));
}

/** The URN of the explicit provider `name` in a state (as `stack export` or the state file holds it). */
export function providerUrn(state: { checkpoint?: { latest: Deployment }; deployment?: Deployment }, name: string): string {
  const resources = (state.checkpoint?.latest ?? state.deployment)?.resources ?? [];
  const found = resources.find((r) => r.type === "pulumi:providers:anthropic" && r.urn.endsWith(`::${name}`));
  if (!found) throw new Error(`no provider "${name}" in the state`);
  return found.urn;
}

interface Deployment {
  resources?: Array<{ urn: string; type: string }>;
}

/**
 * Each secret, and the value of each secret stack output (an API key's `key`), is absent from the state
 * file (which holds ciphertext instead) and from everything the project's commands printed so far.
 */
export async function expectSecretsKeptOut(project: PulumiProject, secrets: string[], secretOutputs: string[]): Promise<void> {
  const printed = project.transcript();
  const values = [...secrets];
  for (const name of secretOutputs) {
    const value = (await project.ok(["stack", "output", name, "--show-secrets"])).trim();
    expect([name, value.length > 20]).toEqual([name, true]);
    values.push(value);
  }
  const state = project.stateFile();
  expect(state).toContain('"ciphertext"');
  for (const value of values) {
    expect(state.includes(value)).toBe(false);
    expect(printed.includes(value)).toBe(false);
  }
}
