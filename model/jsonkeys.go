package model

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// duplicateKey returns the first key that appears twice among the members of
// the JSON object raw, or "" when none does (or raw is not an object).
// encoding/json keeps the last of two equal keys without a word; a document
// that says two things about one value is refused instead.
func duplicateKey(raw []byte) string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		key, _ := tok.(string)
		if seen[key] {
			return key
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return ""
		}
	}
	return ""
}

// duplicateKeyError is the error for a key that appears twice; field names
// it as FieldError.Field does ("gpu_hourly", "ranges.gpu_hourly").
func duplicateKeyError(field, key string) *FieldError {
	return &FieldError{Field: field, Err: fmt.Errorf("key %q appears twice; keep one", key)}
}
