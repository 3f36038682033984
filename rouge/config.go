package rouge

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Config is a ROUGE-1.5.5 evaluation configuration: a list of
// evaluations, each a set of peer summaries to score against a set of
// model summaries.
//
//	<ROUGE-EVAL version="1.0">
//	<EVAL ID="D0601">
//	<PEER-ROOT>peers</PEER-ROOT>
//	<MODEL-ROOT>models</MODEL-ROOT>
//	<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>
//	<PEERS><P ID="1">D0601.M.250.A.1</P></PEERS>
//	<MODELS><M ID="A">D0601.M.250.A.A</M></MODELS>
//	</EVAL>
//	</ROUGE-EVAL>
type Config struct {
	Evals []Eval `json:"evals"`
}

// Eval is one evaluation of a configuration.
type Eval struct {
	ID        string `json:"id"`
	PeerRoot  string `json:"peer_root"`
	ModelRoot string `json:"model_root"`
	// Format is the input format of its files: SPL, SEE or ISI.
	Format string    `json:"format"`
	Peers  []Summary `json:"peers"`
	Models []Summary `json:"models"`
}

// Summary names one summary file of an evaluation.
type Summary struct {
	// ID is the system (peer) or assessor (model) that wrote it.
	ID string `json:"id"`
	// File is the path relative to the evaluation's root.
	File string `json:"file"`
}

// peer returns the file of peer id.
func (e *Eval) peer(id string) (string, bool) {
	for i := len(e.Peers) - 1; i >= 0; i-- { // as in ROUGE's hash, the last one wins
		if e.Peers[i].ID == id {
			return e.Peers[i].File, true
		}
	}
	return "", false
}

// ParseConfig reads a configuration. Element names are matched without
// regard to case and the text of roots and file names is trimmed, as
// ROUGE does; several EVAL elements with one ID make one evaluation.
func ParseConfig(r io.Reader) (*Config, error) {
	dec := xml.NewDecoder(r)
	cfg := &Config{}
	index := map[string]int{}
	var cur *Eval      // the EVAL being read
	var entry *Summary // the P or M being read
	var field *string  // the root being read
	var list *[]Summary
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse ROUGE configuration: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToUpper(t.Name.Local)
			if name == "EVAL" {
				id, ok := attr(t, "ID")
				if !ok {
					return nil, fmt.Errorf("parse ROUGE configuration: EVAL without ID (line %d)", lineOf(dec))
				}
				i, seen := index[id]
				if !seen {
					i = len(cfg.Evals)
					index[id] = i
					cfg.Evals = append(cfg.Evals, Eval{ID: id, Format: FormatSPL})
				}
				cur = &cfg.Evals[i]
				continue
			}
			if cur == nil {
				continue
			}
			text.Reset()
			switch name {
			case "PEER-ROOT":
				field = &cur.PeerRoot
			case "MODEL-ROOT":
				field = &cur.ModelRoot
			case "INPUT-FORMAT":
				typ, _ := attr(t, "TYPE")
				f, err := normalFormat(typ)
				if err != nil {
					return nil, fmt.Errorf("parse ROUGE configuration: EVAL %s: %w", cur.ID, err)
				}
				cur.Format = f
			case "PEERS":
				list = &cur.Peers
			case "MODELS":
				list = &cur.Models
			case "P", "M":
				id, ok := attr(t, "ID")
				if !ok || list == nil {
					return nil, fmt.Errorf("parse ROUGE configuration: EVAL %s: %s without ID or outside PEERS/MODELS (line %d)", cur.ID, t.Name.Local, lineOf(dec))
				}
				entry = &Summary{ID: id}
			}
		case xml.CharData:
			if field != nil || entry != nil {
				text.Write(t)
			}
		case xml.EndElement:
			switch strings.ToUpper(t.Name.Local) {
			case "EVAL":
				cur, list = nil, nil
			case "PEER-ROOT", "MODEL-ROOT":
				if field != nil {
					*field = strings.TrimSpace(text.String())
					field = nil
				}
			case "PEERS", "MODELS":
				list = nil
			case "P", "M":
				if entry != nil && list != nil {
					entry.File = strings.TrimSpace(text.String())
					*list = append(*list, *entry)
				}
				entry = nil
			}
		}
	}
	if len(cfg.Evals) == 0 {
		return nil, fmt.Errorf("parse ROUGE configuration: no EVAL element")
	}
	return cfg, nil
}

func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value, true
		}
	}
	return "", false
}

func lineOf(dec *xml.Decoder) int {
	line, _ := dec.InputPos()
	return line
}

// SetRoots replaces the peer and model roots of every evaluation; an
// empty root is left as it is.
func (c *Config) SetRoots(peerRoot, modelRoot string) {
	for i := range c.Evals {
		if peerRoot != "" {
			c.Evals[i].PeerRoot = peerRoot
		}
		if modelRoot != "" {
			c.Evals[i].ModelRoot = modelRoot
		}
	}
}

// ReplaceInRoots replaces old by new in every root, as for the @ROOT@ of
// a template configuration.
func (c *Config) ReplaceInRoots(old, new string) {
	for i := range c.Evals {
		e := &c.Evals[i]
		e.PeerRoot = strings.ReplaceAll(e.PeerRoot, old, new)
		e.ModelRoot = strings.ReplaceAll(e.ModelRoot, old, new)
	}
}

// PeerIDs returns the IDs of all peers of the configuration, sorted as
// ROUGE sorts them (as strings).
func (c *Config) PeerIDs() []string {
	seen := map[string]bool{}
	var ids []string
	for _, e := range c.Evals {
		for _, p := range e.Peers {
			if !seen[p.ID] {
				seen[p.ID] = true
				ids = append(ids, p.ID)
			}
		}
	}
	sort.Strings(ids)
	return ids
}
