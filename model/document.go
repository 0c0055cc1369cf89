package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// FieldError says which value of a document is wrong and why. Scenario is
// the scenario's name ("" for the policy or the document itself) and Index
// its position, counted from 1 (0 when not in a scenario).
type FieldError struct {
	Scenario string
	Index    int
	Field    string // JSON key, or "" for the whole scenario or document
	Err      error
}

func (e *FieldError) Error() string {
	msg := e.Err.Error()
	switch {
	case e.Index > 0 && e.Scenario != "":
		return fmt.Sprintf("scenario %q: %s", e.Scenario, msg)
	case e.Index > 0:
		return fmt.Sprintf("scenario %d: %s", e.Index, msg)
	case e.Field != "" && e.Field != "version" && e.Field != "scenarios" && e.Field != "policy":
		return "policy: " + msg
	}
	return msg
}

func (e *FieldError) Unwrap() error { return e.Err }

// Validate checks every value of d against SPEC sections 1, 2 and 5. The
// error, if any, joins one *FieldError per problem, each naming the scenario
// and the key and saying what is allowed.
func (d *Document) Validate() error {
	var errs []error
	if d.Version != DocumentVersion {
		errs = append(errs, &FieldError{Field: "version", Err: fmt.Errorf("version must be %d, got %d", DocumentVersion, d.Version)})
	}
	for _, f := range PolicyFields {
		if err := f.Check(f.Value(&d.Policy)); err != nil {
			errs = append(errs, &FieldError{Field: f.Key, Err: err})
		}
	}
	seen := make(map[string]int, len(d.Scenarios))
	for i := range d.Scenarios {
		s := &d.Scenarios[i]
		if err := ValidateScenario(s); err != nil {
			errs = append(errs, withScenario(err, s.Name, i+1))
		}
		name := strings.TrimSpace(s.Name)
		if first, dup := seen[name]; dup && name != "" {
			errs = append(errs, &FieldError{Scenario: s.Name, Index: i + 1, Field: "name",
				Err: fmt.Errorf("name must be unique, but scenario %d has it too", first)})
		} else {
			seen[name] = i + 1
		}
	}
	return errors.Join(errs...)
}

// ValidateScenario checks one scenario's values; its errors name the field
// but not the scenario (Document.Validate adds that).
func ValidateScenario(s *Scenario) error {
	var errs []error
	if strings.TrimSpace(s.Name) == "" {
		errs = append(errs, &FieldError{Field: "name", Err: errors.New("name must not be empty or only spaces")})
	}
	for _, f := range Fields {
		if f.Kind == Number || f.Kind == Integer {
			if err := f.CheckNumber(f.Number(s)); err != nil {
				errs = append(errs, &FieldError{Field: f.Key, Err: err})
			}
		}
	}
	if len(errs) == 0 {
		if err := checkFinite(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		if err := checkRanges(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// checkFinite refuses inputs whose projection over the longest horizon
// overflows: numbers beyond what a float64 holds would print as nonsense.
func checkFinite(s *Scenario) error {
	r := EvaluateScenario(*s, Policy{HorizonMonths: MaxHorizon})
	last := r.Months[len(r.Months)-1]
	for _, v := range []float64{r.BuyMonth1, r.BuildSteadyMonth1, last.CumBuy, last.CumBuild, last.Replicas} {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return &FieldError{Field: "queries_per_month", Err: errors.New(
				"the projection overflows: queries_per_month, growth_pct, the token counts or the prices are too large to compute with")}
		}
	}
	return nil
}

// withScenario sets the scenario name and position on every FieldError in err.
func withScenario(err error, name string, index int) error {
	var errs []error
	for _, e := range unjoin(err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			copy := *fe
			copy.Scenario, copy.Index = name, index
			e = &copy
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Parse reads a scenario document from JSON. An unknown key, a value of the
// wrong type, a missing scenario key or a value out of range is an error
// naming the scenario and the key. A missing "policy", or a key missing from
// it, takes the default.
func Parse(data []byte) (Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark, as some Windows editors write
	var top map[string]json.RawMessage
	var notObject *json.UnmarshalTypeError
	if err := json.Unmarshal(data, &top); err != nil && !errors.As(err, &notObject) {
		return Document{}, fmt.Errorf("not a scenario document: %w", jsonProblem(err))
	}
	if top == nil {
		return Document{}, errors.New("not a scenario document: expected a JSON object")
	}
	d := Document{Policy: DefaultPolicy()}
	for _, key := range slices.Sorted(maps.Keys(top)) { // the same key named every time
		if key != "version" && key != "policy" && key != "scenarios" {
			// Field stays empty: FieldError reads any other key as the policy's.
			return Document{}, &FieldError{Err: fmt.Errorf("unknown key %q (expected version, policy and scenarios)", key)}
		}
	}
	if key := duplicateKey(data); key != "" {
		return Document{}, duplicateKeyError(key, key)
	}
	raw, ok := top["version"]
	if !ok {
		return Document{}, &FieldError{Field: "version", Err: errors.New("missing key \"version\"")}
	}
	v, err := decodeNumber(raw, true)
	if err != nil {
		return Document{}, &FieldError{Field: "version", Err: fmt.Errorf("version %w", err)}
	}
	if v != 1 && v != DocumentVersion {
		return Document{}, &FieldError{Field: "version", Err: fmt.Errorf("version %s is not supported (this app reads versions 1 to %d)", formatPlain(v), DocumentVersion)}
	}
	version := int(v)
	d.Version = DocumentVersion // a version 1 document reads as version 2 without ranges
	if raw, ok := top["policy"]; ok {
		if err := parsePolicy(raw, &d.Policy); err != nil {
			return Document{}, err
		}
	}
	raw, ok = top["scenarios"]
	if !ok {
		return Document{}, &FieldError{Field: "scenarios", Err: errors.New("missing key \"scenarios\"")}
	}
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil || list == nil {
		return Document{}, &FieldError{Field: "scenarios", Err: errors.New("scenarios must be an array of objects")}
	}
	d.Scenarios = make([]Scenario, len(list))
	for i, raw := range list {
		if err := parseScenario(raw, &d.Scenarios[i], version); err != nil {
			return Document{}, withScenario(err, d.Scenarios[i].Name, i+1)
		}
	}
	if err := d.Validate(); err != nil {
		return Document{}, err
	}
	return d, nil
}

func parsePolicy(raw json.RawMessage, p *Policy) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return &FieldError{Field: "policy", Err: errors.New("policy must be an object")}
	}
	if key := duplicateKey(raw); key != "" {
		return duplicateKeyError(key, key)
	}
	for _, key := range slices.Sorted(maps.Keys(obj)) {
		v := obj[key]
		f, ok := policyFieldByKey(key)
		if !ok {
			return &FieldError{Field: key, Err: fmt.Errorf("unknown key %q", key)}
		}
		n, err := decodeNumber(v, f.Integer)
		if err != nil {
			return &FieldError{Field: key, Err: fmt.Errorf("%s %w", key, err)}
		}
		if err := f.Set(p, n); err != nil {
			return &FieldError{Field: key, Err: err}
		}
	}
	return nil
}

func policyFieldByKey(key string) (PolicyField, bool) {
	for _, f := range PolicyFields {
		if f.Key == key {
			return f, true
		}
	}
	return PolicyField{}, false
}

// parseScenario reads one scenario object of a document of the given
// version; only version 2 may carry "ranges".
func parseScenario(raw json.RawMessage, s *Scenario, version int) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return &FieldError{Err: errors.New("must be a JSON object")}
	}
	// The name first, so that every later error can name the scenario.
	if v, ok := obj["name"]; ok {
		if err := json.Unmarshal(v, &s.Name); err != nil || bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			s.Name = ""
			return &FieldError{Field: "name", Err: errors.New("name must be a string")}
		}
	}
	if key := duplicateKey(raw); key != "" {
		return duplicateKeyError(key, key)
	}
	for _, key := range slices.Sorted(maps.Keys(obj)) {
		if key == "ranges" && version == 1 {
			return &FieldError{Field: key, Err: errors.New(`unknown key "ranges" (ranges need document version 2)`)}
		}
		if _, ok := FieldByKey(key); !ok && key != "ranges" {
			return &FieldError{Field: key, Err: fmt.Errorf("unknown key %q", key)}
		}
	}
	var errs []error
	var missing []string
	for _, f := range Fields {
		v, ok := obj[f.Key]
		if !ok {
			missing = append(missing, f.Key)
			continue
		}
		switch f.Kind {
		case Number, Integer:
			n, err := decodeNumber(v, f.Kind == Integer)
			if err == nil {
				err = f.SetNumber(s, n)
			} else {
				err = fmt.Errorf("%s %w", f.Key, err)
			}
			if err != nil {
				errs = append(errs, &FieldError{Field: f.Key, Err: err})
			}
		case Bool:
			var b bool
			if err := json.Unmarshal(v, &b); err != nil || bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
				errs = append(errs, &FieldError{Field: f.Key, Err: fmt.Errorf("%s must be true or false, got %s", f.Key, shorten(v))})
				continue
			}
			f.SetBool(s, b)
		}
	}
	if len(missing) > 0 {
		word := "key"
		if len(missing) > 1 {
			word = "keys"
		}
		errs = append(errs, &FieldError{Field: missing[0], Err: fmt.Errorf("missing %s %s", word, strings.Join(missing, ", "))})
	}
	if v, ok := obj["ranges"]; ok {
		if err := parseRanges(v, &s.Ranges); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// decodeNumber reads a JSON number; integer asks for a whole one.
func decodeNumber(raw json.RawMessage, integer bool) (float64, error) {
	want := "a number"
	if integer {
		want = "a whole number"
	}
	// json.Number also takes a quoted number ("12"); a string is the wrong type.
	var n json.Number
	if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 && trimmed[0] == '"' {
		return 0, fmt.Errorf("must be %s, got %s", want, shorten(raw))
	}
	if err := json.Unmarshal(raw, &n); err != nil || n == "" {
		return 0, fmt.Errorf("must be %s, got %s", want, shorten(raw))
	}
	v, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, fmt.Errorf("must be %s a float64 can hold, got %s", want, shorten(raw))
	}
	if integer && v != math.Trunc(v) {
		return 0, fmt.Errorf("must be %s, got %s", want, shorten(raw))
	}
	return v, nil
}

// shorten quotes a raw JSON value for an error message, cut to 40 bytes.
func shorten(raw json.RawMessage) string {
	s := string(bytes.TrimSpace(raw))
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// jsonProblem turns a JSON syntax error into words with its byte offset.
func jsonProblem(err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Errorf("invalid JSON at byte %d: %v", syn.Offset, syn)
	}
	return err
}

// Load reads and checks the scenario document at path. Errors name the file
// and, for a bad value, the scenario and the key.
func Load(path string) (Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Document{}, err
	}
	d, err := Parse(data)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// Marshal returns d as indented JSON with every key, in SPEC order.
func (d *Document) Marshal() ([]byte, error) {
	if d.Scenarios == nil {
		c := *d
		c.Scenarios = []Scenario{}
		d = &c
	}
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Save checks d and writes it to path atomically: the JSON goes to a
// temporary file in the same folder, which is synced and then renamed over
// path, so a crash mid-save leaves either the old file or the new one.
func (d *Document) Save(path string) error {
	if err := d.Validate(); err != nil {
		return err
	}
	data, err := d.Marshal()
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, data, 0o644)
}

// WriteFileAtomic writes data to path through a synced temporary file in the
// same folder and a rename, so readers see the old content or the new, never
// a part.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	if err := writeFileAtomic(path, data, perm); err != nil {
		return fmt.Errorf("cannot save %s: %w", path, err)
	}
	return nil
}

func writeFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return errors.New("it is a folder")
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("the folder %s does not exist", dir)
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("no permission to write in %s", dir)
		}
		return unwrapPath(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return unwrapPath(err)
	}
	if err = tmp.Chmod(perm); err != nil {
		return unwrapPath(err)
	}
	if err = tmp.Sync(); err != nil {
		return unwrapPath(err)
	}
	if err = tmp.Close(); err != nil {
		return unwrapPath(err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return unwrapPath(err)
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync() // make the rename itself durable; not all systems allow it
		d.Close()
	}
	return nil
}

// unwrapPath drops the temporary file's name from an error, which would
// only confuse: the user asked for another path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
