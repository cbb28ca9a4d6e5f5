// A Go program on the native anthropic provider through the generated Go SDK, run as an Automation API
// inline program (no Go language host can be had here). `native-go up|preview|refresh|destroy...` runs
// those steps in order on the stack "dev" of the project in the working directory (Pulumi.yaml, config).
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/pulumi-anthropic/pulumi-anthropic/sdk/go/anthropic"
	"github.com/pulumi/pulumi/sdk/v3/go/auto"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optdestroy"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optpreview"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optrefresh"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optup"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func program(ctx *pulumi.Context) error {
	cfg := config.New(ctx, "")
	// Two organizations, one explicit provider each.
	main, err := anthropic.NewProvider(ctx, "main", &anthropic.ProviderArgs{
		AdminKey: cfg.RequireSecret("mainAdminKey"),
		BaseUrl:  pulumi.String(cfg.Require("mainUrl")),
	})
	if err != nil {
		return err
	}
	sandbox, err := anthropic.NewProvider(ctx, "sandbox", &anthropic.ProviderArgs{
		AdminKey: cfg.RequireSecret("sandboxAdminKey"),
		BaseUrl:  pulumi.String(cfg.Require("sandboxUrl")),
	})
	if err != nil {
		return err
	}
	platform, err := anthropic.NewWorkspace(ctx, "platform", &anthropic.WorkspaceArgs{
		Name:         pulumi.String("Platform"),
		DisplayColor: pulumi.String("#6a5acd"),
	}, pulumi.Provider(main))
	if err != nil {
		return err
	}
	experiments, err := anthropic.NewWorkspace(ctx, "experiments", &anthropic.WorkspaceArgs{
		Name: pulumi.String("Experiments"),
	}, pulumi.Provider(sandbox))
	if err != nil {
		return err
	}
	portal, err := anthropic.NewApiKey(ctx, "portal", &anthropic.ApiKeyArgs{
		WorkspaceId: platform.ID().ToStringOutput(),
		Name:        pulumi.String("Portal"),
	}, pulumi.Provider(main))
	if err != nil {
		return err
	}
	// A workspace made outside Pulumi, taken over with the Import option once its id is configured.
	if id := cfg.Get("outsideId"); id != "" {
		_, err := anthropic.NewWorkspace(ctx, "outside", &anthropic.WorkspaceArgs{
			Name: pulumi.String("Outside"),
		}, pulumi.Provider(sandbox), pulumi.Import(pulumi.ID(id)))
		if err != nil {
			return err
		}
	}
	ctx.Export("platformId", platform.ID())
	ctx.Export("experimentsId", experiments.ID())
	ctx.Export("portalKey", portal.Key) // a secret output
	return nil
}

func main() {
	ctx := context.Background()
	// The project (plugins entry included) and the stack's config are the ones in the working directory.
	stack, err := auto.UpsertStackInlineSource(ctx, "dev", "native-go", program, auto.WorkDir("."))
	exitOn(err)
	for _, step := range os.Args[1:] {
		switch step {
		case "up":
			_, err = stack.Up(ctx, optup.ProgressStreams(os.Stdout))
		case "preview":
			_, err = stack.Preview(ctx, optpreview.ExpectNoChanges(), optpreview.ProgressStreams(os.Stdout))
		case "refresh":
			_, err = stack.Refresh(ctx, optrefresh.ProgressStreams(os.Stdout))
		case "destroy":
			_, err = stack.Destroy(ctx, optdestroy.ProgressStreams(os.Stdout))
		default:
			err = fmt.Errorf("unknown step %q (up, preview, refresh, destroy)", step)
		}
		exitOn(err)
	}
}

func exitOn(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "native-go:", err)
		os.Exit(1)
	}
}
