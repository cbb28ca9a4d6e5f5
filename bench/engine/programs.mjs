// The two programs the benchmark compares, as a user would write them (index.ts, run by the language host).
//
// "bare" is the floor: a dynamic provider defined in the program, whose create only returns an id. Pulumi
// serializes it into every resource's state like any user's provider, and it sends no request, so what
// remains of its times is the engine's own cost per resource.

export const arms = {
  package: {
    prefix: "w",
    type: "pulumi-nodejs:dynamic/anthropic:Workspace",
    program: (n) => `import * as anthropic from "pulumi-anthropic";

for (let i = 0; i < ${n}; i++) {
  new anthropic.Workspace(\`w\${i}\`, { name: \`w\${i}\` });
}
`,
  },
  bare: {
    prefix: "b",
    type: "pulumi-nodejs:dynamic:Resource",
    program: (n) => `import * as pulumi from "@pulumi/pulumi";

const provider: pulumi.dynamic.ResourceProvider = {
  async create() {
    return { id: crypto.randomUUID(), outs: {} };
  },
};

for (let i = 0; i < ${n}; i++) {
  new pulumi.dynamic.Resource(provider, \`b\${i}\`, {}, undefined);
}
`,
  },
};
