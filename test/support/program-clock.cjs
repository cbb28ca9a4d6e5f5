// Preloaded (NODE_OPTIONS=--require) into the Node processes a Pulumi command starts, so that a program
// runs at a moment the test chose: Date.now() and `new Date()` read the machine's clock moved by
// PULUMI_ANTHROPIC_TEST_CLOCK_OFFSET_MS. Time still passes; only the origin moves, the same in every
// process. For checks whose answer depends on where now falls (a budget's week or month), so that a test
// does not depend on when it runs. See program-clock.ts.
"use strict";
const offset = Number(process.env.PULUMI_ANTHROPIC_TEST_CLOCK_OFFSET_MS ?? 0);
if (Number.isFinite(offset) && offset !== 0) {
  const MachineDate = Date;
  const now = () => MachineDate.now() + offset;
  globalThis.Date = new Proxy(MachineDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    // Date() called without new answers the current time as a string.
    apply: () => new MachineDate(now()).toString(),
    get: (target, property, receiver) => (property === "now" ? now : Reflect.get(target, property, receiver)),
  });
}
