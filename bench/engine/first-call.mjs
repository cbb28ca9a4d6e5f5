// From the provider's first call to its first HTTP request. A fresh node process (first-call-child.cjs)
// loads the provider and calls configure, check and create; between it and the emulator sits a tiny
// loopback proxy in this process that notes when each request arrives (its headers parsed) and forwards
// it. The child's marks and the proxy's arrival times share the machine's clock. The start is after
// node and @pulumi/pulumi are loaded (the provider host has both before its first call): the cold-start
// figure covers process start.
import { spawn } from "node:child_process";
import { createServer, request } from "node:http";
import { fileURLToPath } from "node:url";
import { round, summary } from "./stats.mjs";

const child = fileURLToPath(new URL("./first-call-child.cjs", import.meta.url));
const now = () => performance.timeOrigin + performance.now();

function startProxy(target) {
  const arrivals = [];
  const server = createServer((req, res) => {
    arrivals.push({ at: now(), method: req.method, path: req.url });
    const upstream = request(new URL(req.url, target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, arrivals, server })),
  );
}

function runChild(cwd, args, adminKey) {
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the proxy and the emulator answer from this process's event loop.
    const proc = spawn(process.execPath, [child, ...args], { cwd, env: { ...process.env, BENCH_ADMIN_KEY: adminKey } });
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.stderr.on("data", (d) => (err += d));
    proc.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`first-call child exited ${code}: ${err}`))));
  });
}

/** `mode`: "implementation" or "serialized" (then `providerFile` holds a Workspace's `__provider`). */
export async function firstCall({ cwd, emulator, runs, mode, providerFile }) {
  const proxy = await startProxy(emulator.url);
  const rows = [];
  try {
    for (let i = 0; i < runs; i++) {
      proxy.arrivals.length = 0;
      const name = `fc-${mode}-${i}-${Date.now().toString(36)}`;
      const marks = await runChild(cwd, [mode, proxy.url, name, ...(providerFile ? [providerFile] : [])], emulator.adminKey);
      const first = proxy.arrivals[0];
      if (!first) throw new Error("the provider's create sent no request");
      rows.push({
        toFirstRequestMs: first.at - marks.start,
        loadMs: marks.loaded - marks.start,
        configureMs: marks.configure - marks.loaded,
        checkMs: marks.check - marks.configure,
        createToFirstRequestMs: first.at - marks.check,
        createMs: marks.create - marks.check,
        requests: proxy.arrivals.map((a) => `${a.method} ${new URL(a.path, "http://x").pathname.replace(/\/wrkspc_\w+/, "/{id}")}`),
        beforeCreate: first.at < marks.check,
      });
    }
  } finally {
    proxy.server.close();
    proxy.server.closeAllConnections();
  }
  const pick = (key) => summary(rows.map((row) => row[key]));
  return {
    mode,
    runs,
    toFirstRequestMs: pick("toFirstRequestMs"),
    breakdownMedianMs: Object.fromEntries(
      ["loadMs", "configureMs", "checkMs", "createToFirstRequestMs", "createMs"].map((key) => [key, round(pick(key).median, 1)]),
    ),
    requestsOfCheckAndCreate: rows[0].requests,
    requestSentBeforeCreate: rows.some((row) => row.beforeCreate),
  };
}
