// Package assets holds the files embedded in the app: the default scenarios,
// the dated price catalog and the icon.
package assets

import (
	_ "embed"

	"buildvsbuy/model"
)

// SeedScenarios is the default document: the six scenarios of the decision
// tree, as JSON.
//
//go:embed seed-scenarios.json
var SeedScenarios []byte

// CatalogJSON is the dated price catalog, as JSON.
//
//go:embed catalog.json
var CatalogJSON []byte

// Icon is the app icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte

// DefaultDocument returns the embedded default scenarios. It panics if they
// do not parse, which the package's tests rule out.
func DefaultDocument() model.Document {
	d, err := model.Parse(SeedScenarios)
	if err != nil {
		panic("assets: embedded scenarios: " + err.Error())
	}
	return d
}

// Catalog returns the embedded price catalog. It panics if it does not
// parse, which the package's tests rule out.
func Catalog() model.Catalog {
	c, err := model.ParseCatalog(CatalogJSON)
	if err != nil {
		panic("assets: " + err.Error())
	}
	return c
}
