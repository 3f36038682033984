package facts

import (
	"slices"
	"strings"
	"testing"

	"storyline/analyze"
)

// TestYearTerms checks the years a clause's dates imply: a past or coming
// year the words leave out is a term, so that "in May" of a March report
// meets "May 2025"; the report's own year, and a year written out, add
// nothing.
func TestYearTerms(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Ferry line closes\n\nHALMSTEAD, March 3, 2026 - The Orlby ferry line will close in April after a single season.\n\n" +
			"The line first sailed in May at a ceremony in Orlby harbour.\n\n" +
			"It carried 41,000 passengers last year, the operator said.\n\n" +
			"A rival line opened in May 2025 at Kessby.\n\n" +
			"Crews will be kept on until the end of next year.\n",
	})
	tests := []struct {
		sentence string // a word of the sentence
		want     []string
	}{
		{"close in April", nil},            // the report's year
		{"first sailed", []string{"2025"}}, // May before March: last year's
		{"41,000", []string{"2025"}},       // last year
		{"Kessby", nil},                    // written out
		{"Crews", []string{"2027"}},        // next year
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			i := slices.IndexFunc(a.c.Sents, func(s analyze.Sent) bool { return strings.Contains(s.Text, tt.sentence) })
			if i < 0 {
				t.Fatalf("no sentence holds %q", tt.sentence)
			}
			got := a.yearTerms(i, 0, len(a.c.Sents[i].Text), nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("yearTerms(%q) = %q, want %q", a.c.Sents[i].Text, got, tt.want)
			}
		})
	}
}

// TestOtherYear checks which figures a date before them puts in another
// time: a month with its year opening the sentence dates all of it; a
// month alone there dates the saying, not the figure said.
func TestOtherYear(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Report\n\nPELLMOUTH, December 19, 2025 - The virus spread to three wards.\n\n" +
			"In December 2023 an outbreak forced the closure of two wards for 11 days.\n\n" +
			"In August the trust said that lorries would pay £14 a crossing.\n\n" +
			"The trust, set up in May 2019, closed two wards.\n",
	})
	tests := []struct {
		figure string
		want   bool
	}{
		{"three wards", false},
		{"two wards for", true},
		{"£14", false},
		{"two wards.", false}, // "in May 2019" dates the setting up
	}
	for _, tt := range tests {
		t.Run(tt.figure, func(t *testing.T) {
			for i, s := range a.c.Sents {
				if at := strings.Index(s.Text, tt.figure); at >= 0 {
					if got := a.otherYear(i, at); got != tt.want {
						t.Errorf("otherYear(%q at %q) = %v, want %v", s.Text, tt.figure, got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no sentence holds %q", tt.figure)
		})
	}
}

// TestTimeApart checks that the time between two things ("seven days
// apart") is not set against how long something lasts.
func TestTimeApart(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  bool // a discrepancy
	}{
		{"an interval and a closure", story(
			"The ban will be lifted only after two clear results taken seven days apart, the water company said.",
			"The closure will last 14 days at the least, since two clear results are needed before the water reopens, the water company said.",
		), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := valueVariants(t, tt.files)
			var found []string
			for about := range got {
				if strings.HasPrefix(about, "length of time") || strings.HasPrefix(about, "time between") {
					found = append(found, about)
				}
			}
			if (len(found) > 0) != tt.want {
				t.Errorf("discrepancies %v, want one: %v", got, tt.want)
			}
		})
	}
}

// TestSameLargeCount checks that a report giving a slot's large count
// under another name joins its side: a count of hundreds in a sentence a
// little like a member's, one of thousands in a sentence only a little
// like one.
func TestSameLargeCount(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		value string
		want  []string
	}{
		{"hundreds", story(
			"A fire tore through the ferry terminal at Kelm early on Friday, forcing the cancellation of every sailing to the island of Orsay and leaving about 420 passengers stranded on the quayside.",
			"Ferry crossings between Kelm and Orsay resumed on Saturday from a makeshift berth in the harbour's freight yard, a day after fire wrecked the town's passenger terminal and left some 600 travellers unable to get where they were going.",
			"Around 600 passengers were stranded, some of them spending the night at the Kelm Community Centre.",
		), "600", []string{"2-b", "3-c"}},
		{"thousands", story(
			"A leopard escaped from its enclosure at the Kelm wildlife park on Saturday, forcing staff to lock about 1,200 visitors inside the park's buildings until it was darted.",
			"When the alarm sounded late on Saturday morning, 1,650 visitors were in the park, according to figures the paper has seen.",
			"Some 1,200 people were kept inside the park's buildings on Saturday while keepers searched for the leopard.",
			"Licensing inspectors from the district council spent Monday at the park, following last Saturday's escape of a leopard that left an estimated 1,650 guests shut inside the park's buildings.",
		), "1,650", []string{"2-b", "4-d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := valueVariants(t, tt.files)
			for about, vals := range got {
				if !strings.HasPrefix(about, "number") {
					continue
				}
				if !slices.Equal(vals[tt.value], tt.want) {
					t.Errorf("%s: %s given by %v, want %v (all %v)", about, tt.value, vals[tt.value], tt.want, vals)
				}
				return
			}
			t.Errorf("no count discrepancy in %v", got)
		})
	}
}

// TestPeopleClass checks that people counted by what they are doing
// there are one class of figure.
func TestPeopleClass(t *testing.T) {
	for s, want := range map[string]string{
		"1,650 visitors were in the park": "person",
		"the 175 strikers":                "person",
		"some 600 travellers":             "travel", // not only people travel
		"52 roof panels":                  "panel",
	} {
		qs := ParseQuantities(s)
		if len(qs) != 1 {
			t.Fatalf("ParseQuantities(%q) = %v", s, qs)
		}
		if got := figureClass(qs[0]); got != want {
			t.Errorf("figureClass(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFirstTimes checks the comparison of each report's first time of
// day when no words pair them.
func TestFirstTimes(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // nil: no time compared
	}{
		{"the moment a wall gave way", story(
			"The harbour wall gave way at about 9:50 p.m. on Sunday, flooding the quay.",
			"Forty businesses were swamped when the storm punched a hole in the old wall shortly after 10:35 p.m.",
			"The 138-year-old wall gave way at 21:50 on Sunday, at the height of a spring tide.",
		), map[string][]string{"21:50": {"1-a", "3-c"}, "22:35": {"2-b"}}},
		{"a time in a quotation and a span", story(
			"The harbour wall gave way at about 9:50 p.m. on Sunday, flooding the quay.",
			"\"I heard the sea roar at 10:15 p.m. and ran,\" said a baker.",
			"Police asked drivers who used Kessel Road between 9 p.m. and midnight to come forward.",
			"The 138-year-old wall gave way at 21:50 on Sunday, at the height of a spring tide.",
		), nil},
		{"an approximate time minutes from an exact one", story(
			"Staff raised the alarm at 11:15 a.m. on Saturday.",
			"The escape was reported shortly after 11 a.m., the park said.",
			"Visitors were locked in the cafe from the leopard at 11:15 a.m. while keepers searched.",
		), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got map[string][]string
			for about, vals := range valueVariants(t, tt.files) {
				if strings.HasPrefix(about, "time of day") {
					got = vals
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("times %v, want %v", got, tt.want)
			}
			for v, docs := range tt.want {
				if !slices.Equal(got[v], docs) {
					t.Errorf("%s given by %v, want %v", v, got[v], docs)
				}
			}
		})
	}
}

// TestEventCountBare checks that people counted bare join a slot of what
// befell them, in a sentence a little like one that gives the slot.
func TestEventCountBare(t *testing.T) {
	got := valueVariants(t, story(
		"Fourteen passengers were injured this morning when the island ferry slammed into the town pier in dense fog.",
		"Investigators have opened an inquiry after a passenger ferry ploughed into the town pier in thick fog on Friday, injuring 19 people on board.",
		"The island ferry service resumed on Monday with a chartered boat. Of the 19 people hurt when the ferry struck the pier, all but one have now been discharged from the infirmary.",
	))
	vals, ok := got["number injured"]
	if !ok {
		t.Fatalf("no injured count in %v", got)
	}
	if want := []string{"2-b", "3-c"}; !slices.Equal(vals["19"], want) {
		t.Errorf("19 given by %v, want %v (all %v)", vals["19"], want, vals)
	}
}

// TestHospitalSlot checks the hospital each report says the injured were
// taken to: one hospital however named, and no report that names two.
func TestHospitalSlot(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		want    map[string][]string // nil: none
		shelter bool                // the shelter slot, not the hospital's
	}{
		{"two hospitals, one of them named two ways", story(
			"Firefighters cut the crane driver free before he was taken to Kelm Royal Infirmary.",
			"He was taken to the Royal Infirmary in Kelm, where staff said he was stable.",
			"The driver was freed after an hour and flown to St Ebba's Hospital in Harlsey.",
		), map[string][]string{"Kelm Royal Infirmary": {"1-a", "2-b"}, "St Ebba's Hospital in Harlsey": {"3-c"}}, false},
		{"shelter: the hall the residents were taken to or spent the night in", story(
			"The 18 residents spent the rest of the night at Hatherby Community Centre, where volunteers handed out tea.",
			"Those evacuated from the flats were taken to Hatherby Community Centre.",
			"The residents were led out and spent what remained of the night at St Wilfrid's Church Hall.",
		), map[string][]string{"Hatherby Community Centre": {"1-a", "2-b"}, "St Wilfrid's Church Hall": {"3-c"}}, true},
		{"shelter: not the school the pupils left", story(
			"Ashgrove Primary School was evacuated and the pupils were walked in their class groups to St Oswin's Church on Kirkgate.",
			"Ashgrove Primary School was closed on Monday. Teachers took the school's 312 pupils to Caddisford Leisure Centre.",
		), map[string][]string{"St Oswin's Church": {"1-a"}, "Caddisford Leisure Centre": {"2-b"}}, true},
		{"shelter: a building told in lower case, and the place it is in", story(
			"Volunteers ferried the pupils to the sports hall in the village of Pieve Alsana, where they slept on camp beds.",
			"The pupils spent both nights in the mountain village of Pieve Alsana.",
			"They sheltered in a hotel in Corvanto, a small town down the valley.",
		), map[string][]string{"Pieve Alsana": {"1-a", "2-b"}, "Corvanto": {"3-c"}}, true},
		{"shelter: not a town gone to", story(
			"The walkers were led to Pieve Alsana by the guides.",
			"The group walked to Corvanto before dark.",
		), nil, true},
		{"shelter: not a hall named as another thing's place", story(
			"The council met in Hatherby Town Hall on Monday after the fire.",
			"Residents were taken to Hatherby Community Centre.",
		), nil, true},
		{"a report that names two hospitals", story(
			"A girl was flown to Marrowby Royal Infirmary with serious injuries.",
			"The girl was airlifted to Marrowby Royal Infirmary, the ambulance service said.",
			"A girl remains in Marrowby Royal Infirmary. The others who were hurt were taken to Linnmouth Community Hospital.",
		), nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			v := a.hospitalSlot()
			if tt.shelter {
				v = a.shelterSlot()
			}
			d, ok := a.discrepancy(v)
			if !ok {
				if tt.want != nil {
					t.Fatalf("no discrepancy, want %v", tt.want)
				}
				return
			}
			if tt.want == nil {
				t.Fatalf("got %v, want none", d)
			}
			for _, vr := range d.Variants {
				if want := tt.want[vr.Value]; !slices.Equal(vr.Sources, want) {
					t.Errorf("%s given by %v, want %v", vr.Value, vr.Sources, want)
				}
			}
		})
	}
}
