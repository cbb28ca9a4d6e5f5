import { describe, expect, it } from "vitest";
import { isKeyCreationUnsupported } from "../../provider/client/api-keys";
import { httpError } from "../../provider/client/errors";

const err = (status: number, serverMessage: string) => httpError({ operation: "createApiKey", status, serverMessage, attempts: 1 });

describe("recognising a server without key creation", () => {
  it("treats 405 as unsupported", () => {
    expect(isKeyCreationUnsupported(err(405, "Method Not Allowed"), "wrkspc_1")).toBe(true);
  });

  it("treats a bare 404 as unsupported", () => {
    expect(isKeyCreationUnsupported(err(404, "Not Found"), "wrkspc_1")).toBe(true);
  });

  it("treats a 404 about the requested workspace as a real not-found", () => {
    expect(isKeyCreationUnsupported(err(404, "Workspace wrkspc_1 not found"), "wrkspc_1")).toBe(false);
  });

  it("leaves other failures alone", () => {
    expect(isKeyCreationUnsupported(err(400, "bad"), "wrkspc_1")).toBe(false);
    expect(isKeyCreationUnsupported(new Error("x"), "wrkspc_1")).toBe(false);
  });
});
