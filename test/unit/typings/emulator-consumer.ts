// A user's test that starts the bundled emulator, as the README shows, compiled (never run) by
// typings.test.ts against the packed package under each module resolution. Apart from consumer.ts:
// the emulator's typings reach zod (its wire schemas), which the provider's must not.
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "pulumi-anthropic/emulator";

const options: EmulatorOptions = { port: 0, organizationType: "enterprise" };

export async function withEmulator(): Promise<[string, string]> {
  const emulator: RunningEmulator = await startEmulator(options);
  const endpoint: [string, string] = [emulator.url, emulator.adminKey];
  await emulator.control.reset();
  await emulator.close();
  return endpoint;
}
