package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
)

// Estimate is a three-point estimate of a numeric input: the lowest value
// thought possible, the most likely one and the highest. Simulate draws the
// input from the triangular distribution the three points span; Low ==
// Likely == High pins the input to one value.
type Estimate struct {
	Low    float64 `json:"low"`
	Likely float64 `json:"likely"`
	High   float64 `json:"high"`
}

// fieldCount is len(Fields): the name and the 25 inputs of SPEC section 1.
const fieldCount = 26

// Ranges holds a scenario's estimates, at most one per numeric input. The
// zero value holds none. Ranges is a plain value: copying a Scenario copies
// its ranges, and two scenarios with the same inputs and ranges compare
// equal. In the document it is the scenario's optional "ranges" object,
// keyed by input in SPEC order.
type Ranges struct {
	set [fieldCount]bool
	est [fieldCount]Estimate
}

// fieldIndex returns the position of the numeric field key in Fields.
func fieldIndex(key string) (int, bool) {
	for i, f := range Fields {
		if f.Key == key {
			return i, f.Kind == Number || f.Kind == Integer
		}
	}
	return -1, false
}

// Get returns the estimate of the input key, and whether there is one.
func (r *Ranges) Get(key string) (Estimate, bool) {
	i, ok := fieldIndex(key)
	if !ok || !r.set[i] {
		return Estimate{}, false
	}
	return r.est[i], true
}

// Set gives the numeric input key the estimate e after checking it (see
// CheckEstimate); on error r is unchanged.
func (r *Ranges) Set(key string, e Estimate) error {
	i, ok := fieldIndex(key)
	if !ok {
		return fmt.Errorf("%q is not a numeric input", key)
	}
	if err := Fields[i].CheckEstimate(e); err != nil {
		return err
	}
	r.set[i], r.est[i] = true, e
	return nil
}

// Delete removes the estimate of the input key, if any.
func (r *Ranges) Delete(key string) {
	if i, ok := fieldIndex(key); ok {
		r.set[i], r.est[i] = false, Estimate{}
	}
}

// Keys returns the inputs that have an estimate, in SPEC order.
func (r *Ranges) Keys() []string {
	var keys []string
	for i, ok := range r.set {
		if ok {
			keys = append(keys, Fields[i].Key)
		}
	}
	return keys
}

// Len returns the number of inputs with an estimate.
func (r *Ranges) Len() int {
	n := 0
	for _, ok := range r.set {
		if ok {
			n++
		}
	}
	return n
}

// IsZero reports whether r holds no estimate; the document then leaves the
// "ranges" key out.
func (r Ranges) IsZero() bool { return r.Len() == 0 }

// MarshalJSON writes r as a JSON object keyed by input in SPEC order:
// {"gpu_hourly": {"low": 2, "likely": 2.5, "high": 4}}.
func (r Ranges) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for n, key := range r.Keys() {
		e, _ := r.Get(key)
		if n > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:", key)
		data, err := json.Marshal(e)
		if err != nil {
			return nil, err
		}
		b.Write(data)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// CheckEstimate tells whether e is a valid estimate of the numeric field f:
// each point a valid value of f (whole for an Integer field) and low <=
// likely <= high. The error names the field and the point, e.g.
// "ranges.utilization_pct: high must be > 0 and <= 100, got 140".
func (f Field) CheckEstimate(e Estimate) error {
	if f.Kind != Number && f.Kind != Integer {
		return fmt.Errorf("%q is not a numeric input", f.Key)
	}
	prefix := "ranges." + f.Key + ": "
	for _, pt := range []struct {
		name string
		v    float64
	}{{"low", e.Low}, {"likely", e.Likely}, {"high", e.High}} {
		if err := f.CheckNumber(pt.v); err != nil {
			return errors.New(prefix + pt.name + " " + trimKey(err.Error(), f.Key))
		}
	}
	if e.Low > e.Likely || e.Likely > e.High {
		return fmt.Errorf("%slow <= likely <= high is required, got low %s, likely %s, high %s",
			prefix, formatPlain(e.Low), formatPlain(e.Likely), formatPlain(e.High))
	}
	return nil
}

// trimKey drops the field's key from the front of a CheckNumber message.
func trimKey(msg, key string) string {
	if len(msg) > len(key)+1 && msg[:len(key)+1] == key+" " {
		return msg[len(key)+1:]
	}
	return msg
}

// parseRanges reads a scenario's "ranges" object into r. Errors are
// *FieldError naming the key as "ranges.KEY" ("ranges" for the object).
func parseRanges(raw json.RawMessage, r *Ranges) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return &FieldError{Field: "ranges", Err: errors.New("ranges must be an object of {\"low\", \"likely\", \"high\"} estimates keyed by input")}
	}
	if key := duplicateKey(raw); key != "" {
		return duplicateKeyError("ranges."+key, "ranges."+key)
	}
	var errs []error
	for _, key := range slices.Sorted(maps.Keys(obj)) {
		name := "ranges." + key
		f, ok := FieldByKey(key)
		if !ok {
			return &FieldError{Field: name, Err: fmt.Errorf("ranges: unknown input %q", key)}
		}
		if f.Kind != Number && f.Kind != Integer {
			return &FieldError{Field: name, Err: fmt.Errorf("ranges: %q is not a numeric input", key)}
		}
		var pts map[string]json.RawMessage
		if err := json.Unmarshal(obj[key], &pts); err != nil || pts == nil {
			errs = append(errs, &FieldError{Field: name, Err: fmt.Errorf("%s must be an object with low, likely and high, got %s", name, shorten(obj[key]))})
			continue
		}
		if pk := duplicateKey(obj[key]); pk != "" {
			errs = append(errs, duplicateKeyError(name, name+"."+pk))
			continue
		}
		var e Estimate
		var bad error
		for _, pk := range slices.Sorted(maps.Keys(pts)) {
			if pk != "low" && pk != "likely" && pk != "high" {
				bad = fmt.Errorf("%s: unknown key %q (expected low, likely and high)", name, pk)
				break
			}
		}
		for _, pt := range []struct {
			key string
			v   *float64
		}{{"low", &e.Low}, {"likely", &e.Likely}, {"high", &e.High}} {
			if bad != nil {
				break
			}
			v, ok := pts[pt.key]
			if !ok {
				bad = fmt.Errorf("%s: missing key %q", name, pt.key)
				break
			}
			n, err := decodeNumber(v, f.Kind == Integer)
			if err != nil {
				bad = fmt.Errorf("%s: %s %w", name, pt.key, err)
				break
			}
			*pt.v = n
		}
		if bad == nil {
			bad = r.Set(key, e)
		}
		if bad != nil {
			errs = append(errs, &FieldError{Field: name, Err: bad})
		}
	}
	return errors.Join(errs...)
}

// checkRanges checks every estimate of s, and that the projection stays
// finite with each estimated input at the end of its range that makes costs
// largest (the high end; the low end of throughput and utilization).
func checkRanges(s *Scenario) error {
	if s.Ranges.IsZero() {
		return nil
	}
	var errs []error
	corner := *s
	for i, ok := range s.Ranges.set {
		if !ok {
			continue
		}
		f, e := Fields[i], s.Ranges.est[i]
		if err := f.CheckEstimate(e); err != nil {
			errs = append(errs, &FieldError{Field: "ranges." + f.Key, Err: err})
			continue
		}
		v := e.High
		if f.Key == "replica_tokens_per_sec" || f.Key == "utilization_pct" {
			v = e.Low
		}
		f.setRaw(&corner, v)
	}
	if len(errs) == 0 {
		if err := checkFinite(&corner); err != nil {
			errs = append(errs, &FieldError{Field: "ranges", Err: errors.New(
				"ranges: the projection overflows at the ends of the ranges: the estimates are too large to compute with")})
		}
	}
	return errors.Join(errs...)
}

// setRaw sets a numeric field without checking; integers are rounded.
func (f Field) setRaw(s *Scenario, v float64) {
	if f.Kind == Integer {
		*f.int(s) = int(math.Round(v))
	} else {
		*f.num(s) = v
	}
}
