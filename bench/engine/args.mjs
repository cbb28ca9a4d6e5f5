// Command-line options of bench/engine.mjs. Unknown options are an error, so a typo does not silently
// run a 20-minute benchmark with the defaults.

const usage = `usage: node bench/engine.mjs [--n N[,N...]] [--rounds R] [--cold-runs K] [--first-call-runs K] [--wrapper] [--linked] [--env K=V] [--keep]
  --n N[,N...]        resources per arm; a list measures each size in every round (default 20,200:
                      most real stacks, where the fixed cost per provider process shows most, and a large one)
  --rounds R          rounds of up/preview/refresh/destroy per arm (default 5)
  --cold-runs K       node processes per side for the require() cold start (default 15)
  --first-call-runs K fresh processes for the provider first-call latency (default 7)
  --wrapper           run programs through scripts/pulumi.mjs even when the language host is found
  --linked            link the projects' node_modules to the repository's (the package is then a link to
                      the checkout, which Pulumi serializes by value) instead of installing it as npm does
  --env K=V           set K for every pulumi command of both arms (repeatable), to see where time goes,
                      e.g. --env PULUMI_SKIP_CHECKPOINTS=true (the engine then saves only the final state)
  --keep              keep the temporary projects (their paths are printed on stderr)`;

const numeric = { "--rounds": "rounds", "--cold-runs": "coldRuns", "--first-call-runs": "firstCallRuns" };
const flags = { "--wrapper": "wrapper", "--linked": "linked", "--keep": "keep" };

export function parseArgs(argv) {
  const options = { sizes: [20, 200], rounds: 5, coldRuns: 15, firstCallRuns: 7, wrapper: false, linked: false, keep: false, env: {} };
  for (let i = 0; i < argv.length; i++) {
    const at = argv[i].indexOf("=");
    const name = at < 0 ? argv[i] : argv[i].slice(0, at);
    const inline = at < 0 ? undefined : argv[i].slice(at + 1);
    if (name === "-h" || name === "--help") {
      console.log(usage);
      process.exit(0);
    } else if (name === "--n") {
      const sizes = String(inline ?? argv[++i]).split(",").map(Number);
      if (!sizes.every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`--n takes positive integers separated by commas\n${usage}`);
      options.sizes = [...new Set(sizes)];
    } else if (numeric[name]) {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive integer\n${usage}`);
      options[numeric[name]] = value;
    } else if (name === "--env") {
      const pair = inline ?? argv[++i] ?? "";
      const at = pair.indexOf("=");
      if (at < 1) throw new Error(`--env takes KEY=VALUE\n${usage}`);
      options.env[pair.slice(0, at)] = pair.slice(at + 1);
    } else if (flags[name] && inline === undefined) {
      options[flags[name]] = true;
    } else {
      throw new Error(`unknown option ${argv[i]}\n${usage}`);
    }
  }
  return options;
}
