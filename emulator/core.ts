/**
 * What one running emulator holds: its organization, the credentials it accepts, its faults and traffic.
 * Its own file so that the server (server.ts) and the control surface it mounts (control.ts) both
 * import it downward.
 */
import type { Faults } from "./faults";
import type { Store } from "./store";
import type { RateLimiter, RequestLog } from "./traffic";

export interface Core {
  store: Store;
  adminKey: string;
  /** The person's OAuth access token (`org:admin`) the emulator accepts besides federation tokens. */
  oauthToken?: string;
  faults: Faults;
  log: RequestLog;
  limiter: RateLimiter;
  /** Called after every request that may have changed the organization (to keep a state file). */
  onChange?: () => void;
}
