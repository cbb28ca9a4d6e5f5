import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();
const portal = new anthropic.ApiKey("portal", {
  adoptId: config.require("consoleKeyId"),
  key: config.requireSecret("consoleKeyValue"),
});

export const keyValue = portal.key;
export const keyName = portal.name;
