package facts_test

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// validate checks v against the subset of JSON Schema that
// docs/brief.schema.json uses: type, enum, required, properties,
// additionalProperties false, items, minItems, minimum, maximum,
// minLength, pattern and $ref into $defs. It returns the first violation.
func validate(root, schema map[string]any, v any, path string) error {
	if ref, ok := schema["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		def, ok := root["$defs"].(map[string]any)[name].(map[string]any)
		if !ok {
			return fmt.Errorf("%s: unknown $ref %s", path, ref)
		}
		return validate(root, def, v, path)
	}
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, v) {
		return fmt.Errorf("%s: %v not in %v", path, v, enum)
	}
	if t, ok := schema["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.Contains(types, jsonType(v)) && !(jsonType(v) == "integer" && slices.Contains(types, "number")) {
			return fmt.Errorf("%s: %s, want %v", path, jsonType(v), types)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := schema["properties"].(map[string]any)
		if req, ok := schema["required"].([]any); ok {
			for _, r := range req {
				if _, ok := v[r.(string)]; !ok {
					return fmt.Errorf("%s: missing required %q", path, r)
				}
			}
		}
		for k, x := range v {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if schema["additionalProperties"] == false {
					return fmt.Errorf("%s: unexpected property %q", path, k)
				}
				continue
			}
			if err := validate(root, ps, x, path+"."+k); err != nil {
				return err
			}
		}
	case []any:
		if n, ok := schema["minItems"].(float64); ok && float64(len(v)) < n {
			return fmt.Errorf("%s: %d items, want at least %v", path, len(v), n)
		}
		if items, ok := schema["items"].(map[string]any); ok {
			for i, x := range v {
				if err := validate(root, items, x, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	case float64:
		if n, ok := schema["minimum"].(float64); ok && v < n {
			return fmt.Errorf("%s: %v < %v", path, v, n)
		}
		if n, ok := schema["maximum"].(float64); ok && v > n {
			return fmt.Errorf("%s: %v > %v", path, v, n)
		}
	case string:
		if n, ok := schema["minLength"].(float64); ok && float64(len(v)) < n {
			return fmt.Errorf("%s: %q shorter than %v", path, v, n)
		}
		if p, ok := schema["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			return fmt.Errorf("%s: %q does not match %s", path, v, p)
		}
	}
	return nil
}

func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if v == float64(int64(v)) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	raw, err := os.ReadFile("../docs/brief.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatalf("docs/brief.schema.json: %v", err)
	}
	return schema
}

// TestBriefSchema validates the JSON briefs of the summit and the test
// stories against docs/brief.schema.json.
func TestBriefSchema(t *testing.T) {
	schema := loadSchema(t)
	dirs := []string{summitDir}
	if _, err := os.Stat(summitDir); err != nil {
		dirs = nil
	}
	for _, d := range stories(t) {
		dirs = append(dirs, d)
	}
	for _, dir := range dirs {
		b := load(t, dir)
		raw, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		if err := validate(schema, schema, doc, "$"); err != nil {
			t.Errorf("%s: brief does not fit the schema: %v", dir, err)
		}
	}
}

// TestSchemaCatches checks the validator and schema reject a brief that
// lacks a required field or has a bad kind, so that the test above can fail.
func TestSchemaCatches(t *testing.T) {
	schema := loadSchema(t)
	bad := []string{
		`{"story":{"headline":"h","articles":[]},"summary":[],"facts":[],"discrepancies":[],"entities":[],"timeline":[],"quotes":[]}`,
		`{"story":{"headline":"h","articles":[]},"summary":[],"facts":[],"discrepancies":[],"entities":[{"name":"x","kind":"thing","aliases":[],"articles":[]}],"timeline":[],"quotes":[],"duplicates":[]}`,
		`{"story":{"headline":"h","articles":[]},"summary":[],"facts":[],"discrepancies":[],"entities":[],"timeline":[{"date":"18 Jan","text":"t","sources":[]}],"quotes":[],"duplicates":[]}`,
	}
	for _, s := range bad {
		var doc any
		if err := json.Unmarshal([]byte(s), &doc); err != nil {
			t.Fatal(err)
		}
		if validate(schema, schema, doc, "$") == nil {
			t.Errorf("schema accepts %s", s)
		}
	}
}
