package rouge

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	in := `<ROUGE_EVAL version="1.5.5">
<EVAL ID="D1">
<PEER-ROOT>
 /p/root
</PEER-ROOT>
<MODEL-ROOT>@ROOT@/models</MODEL-ROOT>
<INPUT-FORMAT TYPE="see"></INPUT-FORMAT>
<PEERS>
<P ID="2">d1.2</P>
<P ID="10"> d1.10 </P>
</PEERS>
<MODELS><M ID="A">d1.a</M><m id="B">d1.b</m></MODELS>
</EVAL>
<eval id="D2"><PEERS><P ID="2">d2.2</P></PEERS><MODELS><M ID="A">d2.a</M></MODELS></eval>
</ROUGE_EVAL>`
	cfg, err := ParseConfig(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	cfg.ReplaceInRoots("@ROOT@", "/r")
	want := &Config{Evals: []Eval{
		{ID: "D1", PeerRoot: "/p/root", ModelRoot: "/r/models", Format: FormatSEE,
			Peers:  []Summary{{"2", "d1.2"}, {"10", "d1.10"}},
			Models: []Summary{{"A", "d1.a"}, {"B", "d1.b"}}},
		{ID: "D2", Format: FormatSPL, Peers: []Summary{{"2", "d2.2"}}, Models: []Summary{{"A", "d2.a"}}},
	}}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("ParseConfig = %+v\nwant %+v", cfg, want)
	}
	if got := cfg.PeerIDs(); !reflect.DeepEqual(got, []string{"10", "2"}) {
		t.Errorf("PeerIDs = %q, want ROUGE's string order [10 2]", got)
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, in := range []string{
		``,
		`<ROUGE_EVAL></ROUGE_EVAL>`,
		`<ROUGE_EVAL><EVAL><PEERS/></EVAL></ROUGE_EVAL>`,
		`<ROUGE_EVAL><EVAL ID="1"><INPUT-FORMAT TYPE="SIMPLE"/></EVAL></ROUGE_EVAL>`,
		`<ROUGE_EVAL><EVAL ID="1"><P ID="x">f</P></EVAL></ROUGE_EVAL>`,
		`<ROUGE_EVAL><EVAL ID="1">`,
	} {
		if _, err := ParseConfig(strings.NewReader(in)); err == nil {
			t.Errorf("ParseConfig(%q) succeeded, want an error", in)
		}
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(`<ROUGE_EVAL><EVAL ID="D1"><PEER-ROOT>p</PEER-ROOT><PEERS><P ID="1">f</P></PEERS><MODELS><M ID="A">m</M></MODELS></EVAL></ROUGE_EVAL>`)
	f.Add(`<EVAL ID="x"><INPUT-FORMAT TYPE="SEE"/></EVAL>`)
	f.Fuzz(func(t *testing.T, in string) {
		cfg, err := ParseConfig(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, e := range cfg.Evals {
			if _, err := normalFormat(e.Format); err != nil {
				t.Errorf("eval %q has format %q", e.ID, e.Format)
			}
		}
		_ = cfg.PeerIDs()
	})
}
