/**
 * The settings of one provider instance, from the engine's Configure call, into the places the
 * handlers and the data functions already read them: the dynamic path's settings (dynamic/settings.ts)
 * and the program config the functions read (`pulumi.runtime.getConfig`).
 *
 * The engine starts one plugin process per provider instance, so each process holds exactly one
 * instance's settings: the default provider's are the stack's `anthropic:*` config, an explicit
 * `Provider`'s are its inputs (adminKey, authToken, federation, baseUrl, auditLog, organizations). Both
 * are the top-level settings of that process, with the same environment fallbacks, and the
 * `organization` input of a resource picks among the instance's `organizations` as it picks among the
 * stack's. Nothing here is written anywhere: the values live in this process's memory only.
 */
import * as pulumi from "@pulumi/pulumi";
import { useProviderSettings, useStackConfig } from "../dynamic/settings";
import { unwrapSecrets } from "./secret-values";

/** What the engine's Configure call carries: the provider's inputs (args) and the same as `pkg:config:key` strings. */
export interface ConfigureCall {
  readonly urn: string;
  readonly args: Record<string, unknown>;
  readonly variables: Record<string, string>;
}

/** The default provider of a stack is named `default` (or `default_<version>`); explicit ones are the program's. */
export function isDefaultProvider(urn: string): boolean {
  const name = urn.split("::").at(-1) ?? "";
  return name === "default" || name.startsWith("default_");
}

/** The settings as stack-config keys (`anthropic:adminKey`), objects as the JSON text stack config gives them. */
export function settingsOf(call: ConfigureCall): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(call.variables)) settings[key.replace(/^anthropic:config:/, "anthropic:")] = value;
  for (const [key, raw] of Object.entries(unwrapSecrets(call.args) as Record<string, unknown>)) {
    if (raw === undefined || raw === null || key === "version") continue;
    settings[`anthropic:${key}`] = typeof raw === "string" ? raw : JSON.stringify(raw);
  }
  return settings;
}

let current: Record<string, string> = {};

/** Makes `call`'s settings the ones every later call of this process uses. */
export function configure(call: ConfigureCall): void {
  const settings = settingsOf(call);
  current = settings;
  const get = (key: string) => settings[key];
  if (isDefaultProvider(call.urn)) useStackConfig(get);
  else useProviderSettings(get);
  // The data functions read the program's config; in this process the provider's settings are that config.
  pulumi.runtime.setAllConfig(settings);
}

/** The settings again as the program config the functions read (a Construct sets the program's own). */
export function reapplySettings(): void {
  pulumi.runtime.setAllConfig(current);
}
