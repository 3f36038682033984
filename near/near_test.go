package near

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"storyline"
)

// wire is a made-up agency report used as the original in the tests.
var wire = []string{
	"The regional council of Valmora voted on Tuesday to close the old harbour bridge to heavy traffic after inspectors found deep cracks in two of its supporting piers.",
	"The decision, taken by nineteen votes to four, means that lorries heading for the container terminal will have to use the ring road until repairs are finished next spring.",
	"Council leader Marta Ilves said the safety of residents came first and that the cost of the works, estimated at 14 million euros, would be shared with the national government.",
	"Local hauliers warned that the detour would add forty minutes to every delivery and called for a temporary ferry service across the estuary while the bridge is shut.",
	"The bridge, opened in 1961, carries about twelve thousand vehicles a day and was last strengthened in the early nineties after a lorry struck one of the piers.",
	"Engineers will begin by installing steel supports around the damaged piers before replacing the expansion joints and resurfacing the whole deck during the summer months.",
	"Opposition councillors accused the administration of ignoring earlier warnings about the state of the structure and demanded an independent review of maintenance records.",
	"Pedestrians and cyclists will still be able to cross the bridge, and buses will be allowed on it at reduced speed under a plan agreed with the transport authority.",
}

// rewrite reports the same event in other words: not a copy.
var rewrite = []string{
	"Heavy vehicles are banned from Valmora's harbour bridge from this week, after the regional council accepted an inspection report describing serious cracking in its piers.",
	"Councillors backed the ban by a large majority on Tuesday. Trucks serving the port must now take the ring road, a diversion that hauliers say costs them most of an hour.",
	"Marta Ilves, who leads the council, told reporters that nobody would be put at risk and that Valmora expected the state to pay part of a repair bill put at 14 million euros.",
	"The sixty-year-old crossing is used by roughly 12,000 vehicles daily. Repairs to the piers, joints and road surface are expected to last until next spring.",
	"Critics on the opposition benches said the council had been warned years ago and want an outside inquiry into how the bridge was maintained.",
}

func join(paras ...string) string { return strings.Join(paras, "\n\n") }

func without(paras []string, i int) []string {
	out := append([]string(nil), paras[:i]...)
	return append(out, paras[i+1:]...)
}

func TestAdd(t *testing.T) {
	original := join(wire...)
	tests := []struct {
		name string
		text string
		dup  bool
	}{
		{"identical copy", original, true},
		{"copy with a new headline", "BRIDGE SHUT TO LORRIES AS CRACKS FOUND\n\n" + original, true},
		{"copy with a line added", original + "\n\nAdditional reporting by Tom Berg; editing by Ana Ruiz.", true},
		{"copy with a paragraph dropped", join(without(wire, 3)...), true},
		{"copy lightly edited", strings.NewReplacer("Tuesday", "Tuesday evening", "lorries", "trucks", "nineteen", "19").Replace(original), true},
		{"trimmed copy, first three paragraphs", join(wire[:3]...), true},
		{"rewritten report of the same event", join(rewrite...), false},
		{"one shared paragraph in a new report", join(append([]string{wire[2]}, rewrite...)...), false},
		{"empty text", "", false},
		{"punctuation only", " -- ... !! ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(Options{})
			if _, _, ok := ix.Add("orig", original); ok {
				t.Fatal("first text reported as a copy")
			}
			got, sim, ok := ix.Add("copy", tt.text)
			if ok != tt.dup {
				t.Fatalf("Add: ok = %v (copy of %q, similarity %.2f), want %v", ok, got, sim, tt.dup)
			}
			if ok && got != "orig" {
				t.Errorf("Add: copy of %q, want orig", got)
			}
			if ok && (sim <= 0 || sim > 1) {
				t.Errorf("Add: similarity %v out of (0, 1]", sim)
			}
		})
	}
}

func TestEmptyTextsAreNotCopiesOfEachOther(t *testing.T) {
	ix := NewIndex(Options{})
	ix.Add("a", "")
	if id, _, ok := ix.Add("b", ""); ok {
		t.Errorf("empty text is a copy of %q", id)
	}
	if ix.Len() != 2 {
		t.Errorf("Len = %d, want 2", ix.Len())
	}
}

func TestShortTexts(t *testing.T) {
	ix := NewIndex(Options{})
	ix.Add("a", "Storm warning.")
	if id, _, ok := ix.Add("b", "storm WARNING!"); !ok || id != "a" {
		t.Errorf("identical short text: got %q, %v; want a, true", id, ok)
	}
	if id, _, ok := ix.Add("c", "Flood warning."); ok {
		t.Errorf("different short text is a copy of %q", id)
	}
}

func TestChainReportsOriginal(t *testing.T) {
	// Each version drops one more paragraph: the third matches the second
	// best, but the group's original is the first.
	ix := NewIndex(Options{})
	ix.Add("v1", join(wire...))
	ix.Add("v2", join(wire[:7]...))
	got, sim, ok := ix.Add("v3", join(wire[1:7]...))
	if !ok || got != "v1" {
		t.Fatalf("got %q, %v; want v1, true", got, ok)
	}
	if sim < 0.5 || sim >= 1 {
		t.Errorf("similarity to v1 = %.2f, want in [0.5, 1)", sim)
	}
}

// TestAddedLineMakesTheCopy: when only one of two copies is dated, the one
// that adds a line to the other is the copy, dated or not.
func TestAddedLineMakesTheCopy(t *testing.T) {
	day := time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC)
	arts := []*storyline.Article{
		{ID: "undated-original", Text: join(wire...)},
		{ID: "dated-copy", Text: "Valmora (Meridian Wire) - This report was first published by the Harbor Times.\n\n" + join(wire...), Published: day},
	}
	got := Duplicates(arts)
	if len(got) != 1 || got[0].Article != "dated-copy" || got[0].CopyOf != "undated-original" {
		t.Errorf("Duplicates = %+v, want dated-copy copy of undated-original", got)
	}
}

func TestDuplicates(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 12, 0, 0, 0, time.UTC) }
	original := join(wire...)
	arts := []*storyline.Article{
		{ID: "late-copy", Text: original + "\n\nMore to follow.", Published: day(3)},
		{ID: "rewrite", Text: join(rewrite...), Published: day(1)},
		{ID: "first", Text: original, Published: day(2)},
		{ID: "undated-copy", Body: join(wire[:len(wire)-2]...)},
		nil,
		{ID: "empty"},
		{ID: "same-day", Text: original, Published: day(2)},
	}
	got := Duplicates(arts)
	want := []storyline.Duplicate{
		{Article: "late-copy", CopyOf: "first"},
		{Article: "undated-copy", CopyOf: "first"},
		{Article: "same-day", CopyOf: "first", Similarity: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("Duplicates = %+v, want %d entries", got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Article != w.Article || g.CopyOf != w.CopyOf {
			t.Errorf("entry %d = %s copy of %s, want %s copy of %s", i, g.Article, g.CopyOf, w.Article, w.CopyOf)
		}
		if g.Similarity < 0.5 || g.Similarity > 1 || (w.Similarity == 1 && g.Similarity != 1) {
			t.Errorf("entry %d: similarity %.3f", i, g.Similarity)
		}
	}
}

func TestDuplicatesUndatedUsesSliceOrder(t *testing.T) {
	arts := []*storyline.Article{{ID: "a", Text: join(wire...)}, {ID: "b", Text: join(wire...)}}
	got := Duplicates(arts)
	if len(got) != 1 || got[0].Article != "b" || got[0].CopyOf != "a" {
		t.Errorf("Duplicates = %+v, want b copy of a", got)
	}
	if got := Duplicates(nil); len(got) != 0 {
		t.Errorf("Duplicates(nil) = %+v", got)
	}
}

func TestSimilarReportsAreNotGrouped(t *testing.T) {
	// Many distinct reports built from a shared vocabulary: none is a copy.
	arts := benchArticles(200)
	arts = arts[:len(arts)-1] // the last is a copy
	for i := 9; i < len(arts); i += 10 {
		arts[i] = &storyline.Article{ID: "empty"}
	}
	if got := Duplicates(arts); len(got) != 0 {
		t.Errorf("found %d duplicates among distinct texts, first %+v", len(got), got[0])
	}
}

func FuzzAdd(f *testing.F) {
	f.Add(join(wire...), join(wire[:4]...))
	f.Add("", "x")
	f.Add("a b c d e f", "a b c d e f g")
	f.Add("\xff\xfe ünïcödé wörds", "ÜNÏCÖDÉ WÖRDS")
	f.Fuzz(func(t *testing.T, a, b string) {
		ix := NewIndex(Options{})
		ix.Add("a", a)
		id, sim, ok := ix.Add("b", b)
		if ok && id != "a" {
			t.Fatalf("copy of unknown id %q", id)
		}
		if sim < 0 || sim > 1 {
			t.Fatalf("similarity %v out of [0, 1]", sim)
		}
		// A text is a copy of itself whenever it has words.
		ix2 := NewIndex(Options{})
		ix2.Add("a", a)
		_, s, ok := ix2.Add("a2", a)
		if ok != (len(wordHashes(a)) > 0) || (ok && s != 1) {
			t.Fatalf("self-match of %q: ok=%v sim=%v", a, ok, s)
		}
	})
}

// benchArticles makes n distinct texts of about 400 words, with one wire
// copy in ten.
func benchArticles(n int) []*storyline.Article {
	vocab := strings.Fields(join(append(wire, rewrite...)...))
	arts := make([]*storyline.Article, n)
	x := uint64(1)
	for i := range arts {
		if i%10 == 9 {
			arts[i] = &storyline.Article{ID: fmt.Sprint(i), Text: arts[i-5].Text + " Updated."}
			continue
		}
		var b strings.Builder
		for range 400 {
			x = mix64(x + 1)
			b.WriteString(vocab[x%uint64(len(vocab))])
			b.WriteByte(' ')
		}
		arts[i] = &storyline.Article{ID: fmt.Sprint(i), Text: b.String()}
	}
	return arts
}

func BenchmarkDuplicates(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		arts := benchArticles(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if got := len(Duplicates(arts)); got != n/10 {
					b.Fatalf("found %d duplicates, want %d", got, n/10)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
		})
	}
}

func BenchmarkSketch(b *testing.B) {
	text := benchArticles(1)[0].Text
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		newSketch(text, DefaultShingle)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	ix := NewIndex(Options{})
	ix.Add("orig", join(wire...))
	ix.Add("empty", "")
	ix.Add("copy", join(wire[:6]...))
	data, err := ix.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Index
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if back.Len() != 3 {
		t.Fatalf("Len = %d, want 3", back.Len())
	}
	if id, _, ok := back.Add("late", join(without(wire, 2)...)); !ok || id != "orig" {
		t.Errorf("after reload: copy of %q, %v; want orig, true", id, ok)
	}
	if err := back.UnmarshalBinary(data[:len(data)/2]); err == nil {
		t.Error("truncated data accepted")
	}
	if back.Len() != 4 {
		t.Errorf("failed decode changed the index: Len = %d", back.Len())
	}
}
