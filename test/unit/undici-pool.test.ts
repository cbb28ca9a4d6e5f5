import { expect, test } from "vitest";

// provider/client/undici-pool.ts loads undici's Pool and request method from their own modules, which
// undici's entry does not promise. These hold the installed undici to it: the very objects the entry
// exports, so a request behaves exactly as through `require("undici")` (an upgrade that moves them fails here).
/* eslint-disable @typescript-eslint/no-require-imports */
test("undici's pool and request modules are the ones its entry exports", () => {
  const undici = require("undici") as typeof import("undici");
  expect(require("undici/lib/dispatcher/pool.js")).toBe(undici.Pool);
  expect(require("undici/lib/api/api-request.js")).toBe(undici.Dispatcher.prototype.request);
});
