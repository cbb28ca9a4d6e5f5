// sdkgen-dotnet writes the anthropic package's .NET SDK from schema.json. The .NET generator left
// github.com/pulumi/pulumi/pkg/v3 after v3.228.0 (pulumi/pulumi#22435, moved into pulumi-dotnet, whose
// module the Go module proxy refuses), so this tool is a module of its own pinned to v3.228.0.
//
//	sdkgen-dotnet <schema.json> <out dir>
//
// writes <out dir>/dotnet/... Not compiled here: the machines have no .NET SDK.
package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"

	dotnetgen "github.com/pulumi/pulumi/pkg/v3/codegen/dotnet"
)

const tool = "pulumi-anthropic-sdkgen"

func main() {
	if len(os.Args) != 3 {
		fail(fmt.Errorf("usage: sdkgen-dotnet <schema.json> <out dir>"))
	}
	// The generator fetches the schema's logoUrl for the NuGet icon with an unconditional http.Get, and
	// nothing may be downloaded here: it gets an empty icon instead.
	http.DefaultTransport = noDownloads{}
	pkg, err := bind(os.Args[1])
	if err != nil {
		fail(err)
	}
	files, err := dotnetgen.GeneratePackage(tool, pkg, nil, nil)
	if err != nil {
		fail(err)
	}
	dir := filepath.Join(os.Args[2], "dotnet")
	if err := write(dir, files); err != nil {
		fail(err)
	}
	fmt.Printf("dotnet: %d files in %s\n", len(files), dir)
}

type noDownloads struct{}

func (noDownloads) RoundTrip(request *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: http.StatusOK, Body: io.NopCloser(bytes.NewReader(nil)), Header: http.Header{}, Request: request}, nil
}
