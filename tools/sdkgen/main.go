// sdkgen writes the anthropic package's SDKs for Go and Python from schema.json, with the code
// generators of github.com/pulumi/pulumi/pkg/v3 that `pulumi package gen-sdk` runs inside each
// language's host. Those hosts (pulumi-language-go, pulumi-language-python) are not served by the Go
// module proxy, so `gen-sdk --language go|python` cannot run here; the generators themselves can.
//
//	sdkgen <schema.json> <out dir> go python
//
// writes <out dir>/go/... and <out dir>/python/... (the Node.js SDK comes from `pulumi package gen-sdk`).
package main

import (
	"fmt"
	"os"
	"path/filepath"

	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	pygen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

const tool = "pulumi-anthropic-sdkgen"

func main() {
	if len(os.Args) < 4 {
		fail(fmt.Errorf("usage: sdkgen <schema.json> <out dir> go|python..."))
	}
	schemaFile, out, languages := os.Args[1], os.Args[2], os.Args[3:]
	for _, language := range languages {
		// Each generator imports its language's section into the bound package: bind afresh per language.
		pkg, err := bind(schemaFile)
		if err != nil {
			fail(err)
		}
		files, err := generate(language, pkg)
		if err != nil {
			fail(fmt.Errorf("%s: %w", language, err))
		}
		if err := write(filepath.Join(out, language), files); err != nil {
			fail(err)
		}
		fmt.Printf("%s: %d files in %s\n", language, len(files), filepath.Join(out, language))
	}
}

func generate(language string, pkg *schema.Package) (map[string][]byte, error) {
	switch language {
	case "go":
		return gogen.GeneratePackage(tool, pkg, nil)
	case "python":
		return pygen.GeneratePackage(tool, pkg, nil, noDependencies{})
	}
	return nil, fmt.Errorf("unknown language (go or python; Node.js: pulumi package gen-sdk; .NET: sdkgen-dotnet)")
}
