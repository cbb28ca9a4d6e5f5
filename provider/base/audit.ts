/**
 * One structured record per Admin API HTTP attempt, so an operator can answer "what did this
 * `pulumi up` do to our organization" afterwards. Records carry ids and paths only: no query values
 * (an email filter is personal data), no bodies (a created key is in one), never a credential: not the
 * admin key, an OAuth access token, a federated access token or the identity token it was exchanged for.
 */
import { appendFileSync } from "node:fs";
import { redact } from "./redaction";

export interface AuditRecord {
  /** ISO 8601, when the attempt finished. */
  time: string;
  operation: string;
  method: string;
  /** Path without the query string. */
  path: string;
  /** Names of the query parameters sent, without their values. */
  queryKeys: string[];
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  elapsedMs: number;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  requestId: string | null;
  /** ok: done; retry: failed and will be sent again; error: failed for good. */
  outcome: "ok" | "retry" | "error";
  /** Stable error code for failures without a response (e.g. ECONNREFUSED, TIMEOUT). */
  errorCode?: string;
}

export type AuditSink = (record: AuditRecord, line: string) => void;

export interface AuditOptions {
  /** Append JSON lines here (from `anthropic:auditLog` / `ANTHROPIC_ADMIN_AUDIT_LOG`). */
  file?: string;
  /** Extra sink, e.g. for tests or for a caller that collects records. */
  onRecord?: AuditSink;
  /**
   * The credentials the caller holds (admin key, OAuth token, federated access token), masked in every
   * field of every record: none belongs there, and an operation name built from user input must not carry one.
   */
  secrets?: () => ReadonlyArray<string | undefined>;
}

/** Builds the function the request loop calls once per attempt. Sinks never make a call fail. */
export function createAuditor(options: AuditOptions): (record: AuditRecord) => void {
  return (given) => {
    const record = options.secrets ? masked(given, options.secrets()) : given;
    const line = JSON.stringify(record);
    if (options.file) appendLine(options.file, line);
    pulumiDebug(`anthropic admin api: ${line}`);
    if (options.onRecord) {
      try {
        options.onRecord(record, line);
      } catch {
        // An observer's bug must not turn a successful API call into a failure.
      }
    }
  };
}

/** `record` with each secret (and anything shaped like a key or a JWT) masked in its text fields. */
function masked(record: AuditRecord, secrets: ReadonlyArray<string | undefined>): AuditRecord {
  const text = (value: string) => redact(value, secrets);
  return {
    ...record,
    operation: text(record.operation),
    path: text(record.path),
    queryKeys: record.queryKeys.map(text),
    requestId: record.requestId === null ? null : text(record.requestId),
    ...(record.errorCode === undefined ? {} : { errorCode: text(record.errorCode) }),
  };
}

const warnedFiles = new Set<string>();

function appendLine(file: string, line: string): void {
  try {
    // Synchronous so lines keep call order and survive a crash right after the call.
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
  } catch (err) {
    if (!warnedFiles.has(file)) {
      warnedFiles.add(file);
      process.emitWarning(`cannot write the Anthropic audit log ${file}: ${(err as Error).message}`);
    }
  }
}

type DebugLog = (message: string) => unknown;
let debugLog: DebugLog | null | undefined;

/**
 * Pulumi's debug log, when this process is a Pulumi program or provider. `@pulumi/pulumi` is a peer
 * dependency and takes a while to load, so it is used only if the host already loaded it.
 */
function pulumiDebug(message: string): void {
  if (debugLog === undefined || debugLog === null) debugLog = findPulumiDebugLog();
  if (!debugLog) return;
  try {
    void Promise.resolve(debugLog(message)).catch(() => undefined);
  } catch {
    // Logging is best effort.
  }
}

function findPulumiDebugLog(): DebugLog | null {
  const pulumiIsLoaded = Object.keys(require.cache).some((id) => /[\\/]@pulumi[\\/]pulumi[\\/]index\.js$/.test(id));
  if (!pulumiIsLoaded && !process.env.PULUMI_NODEJS_ENGINE && !process.env.PULUMI_NODEJS_MONITOR) return null;
  try {
    const pulumi = require("@pulumi/pulumi") as { log?: { debug?: DebugLog } };
    const debug = pulumi.log?.debug;
    // Looked up at call time so a test or host that replaces `log.debug` sees every record.
    return debug ? (message) => pulumi.log!.debug!(message) : null;
  } catch {
    return null;
  }
}
