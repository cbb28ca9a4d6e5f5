/** The machine's network and CA settings found in `env`, to spread into a rebuilt child environment (see child-env.cjs). */
export function machineNetworkEnv(env?: NodeJS.ProcessEnv): Record<string, string>;
