import type { AddressInfo } from "node:net";
import { EmulatorControl } from "./control-client";
import { Faults } from "./faults";
import { newAdminKey } from "./ids";
import { newAccessToken } from "./federation/access";
import type { OrganizationType } from "./organization-kind";
import { createEmulatorServer } from "./server";
import { keepStateIn } from "./state-file";
import { Store, type StoreSeed } from "./store";
import { RateLimiter, RequestLog } from "./traffic";

export { EmulatorControl } from "./control-client";
export type { EmulatorState, SeedUsageInput, UsageRecordInput } from "./control-client";
export type { FaultInput } from "./faults";
export type { RequestReport, LoggedRequest } from "./traffic";
export type { StoreSeed } from "./store";
export type { OrganizationType } from "./organization-kind";
export type * from "./wire";

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback by default: the control surface must not be reachable from elsewhere. */
  host?: string;
  /** Generated (`sk-ant-admin01-...`) when omitted. */
  adminKey?: string;
  /**
   * A person's OAuth access token with the `org:admin` scope (what `ant auth login --scope org:admin` gives),
   * which service-account and federation routes require; generated (`sk-ant-oat01-...`) when omitted.
   */
  oauthToken?: string;
  /** The organization's identity and admin user; `reset()` returns to this state. */
  seed?: StoreSeed;
  /** Keep the organization in this file: read at start when it exists, written after every change. */
  stateFile?: string;
  /**
   * A Claude Console organization (the default) or a Claude Enterprise one; Enterprise-only features (RBAC
   * groups, the `managed` role, effective spend limits, user sign-out) answer as the API does for each kind.
   */
  organizationType?: OrganizationType;
}

export interface RunningEmulator {
  /** Base URL to use as the Admin API endpoint, e.g. `http://127.0.0.1:43121`. */
  url: string;
  adminKey: string;
  /** See `EmulatorOptions.oauthToken`; send it as `Authorization: Bearer` with `anthropic-beta: oauth-2025-04-20`. */
  oauthToken: string;
  control: EmulatorControl;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const adminKey = options.adminKey ?? newAdminKey();
  const oauthToken = options.oauthToken ?? newAccessToken();
  const store = new Store(options.seed, options.organizationType ?? "console");
  const onChange = options.stateFile ? keepStateIn(options.stateFile, store) : undefined;
  onChange?.();
  const server = createEmulatorServer({
    store, adminKey, oauthToken, faults: new Faults(), log: new RequestLog(), limiter: new RateLimiter(), onChange,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    adminKey,
    oauthToken,
    control: new EmulatorControl(url),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
