package workbook

import (
	"testing"
)

// TestRecalculatedMatchesModel has gnumeric recalculate every formula of the
// exported workbook and checks each Summary and Projection figure, and the
// verdict, against the model to the cent.
func TestRecalculatedMatchesModel(t *testing.T) {
	for _, tc := range documentCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			got := recalculate(t, export(t, tc.doc))
			compareWithModel(t, got, tc.doc, compareOptions{})
		})
	}
}
