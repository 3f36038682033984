package facts

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseDates(t *testing.T) {
	// Saturday 19 January 2019, the day the summit reports appeared.
	ref := time.Date(2019, 1, 19, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		s    string
		ref  time.Time
		want []string // values, in order
		part string   // Part of the first date
	}{
		{"Trump met Kim on Friday.", ref, []string{"2019-01-18"}, ""},
		// The meeting one is summoned to is ahead: Monday 21 January.
		{"The mayor has summoned councillors to an emergency session on Monday.", ref, []string{"2019-01-21"}, ""},
		{"The mayor summoned councillors on Friday.", ref, []string{"2019-01-18"}, ""},
		// A year of the past after a cue; no count.
		{"The bridge, which was built in 1874, was closed.", ref, []string{"1874"}, ""},
		{"Floods reached 1874 homes.", ref, nil, ""},
		// Thursday 20 November 2025: the Wednesday of the week before.
		{"The report was released on Wednesday last week.", time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC), []string{"2025-11-12"}, ""},
		{"Talks collapsed on Thursday of last week.", time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC), []string{"2025-11-13"}, ""},
		{"A public meeting for residents is planned for Monday at the town hall.", ref, []string{"2019-01-21"}, ""},
		{"Councillors asked how events are planned after Friday's concert was abandoned.", ref, []string{"2019-01-18"}, ""},
		// A day of another year, said so after it.
		{"A pump failed at the works on August 11 last year.", ref, []string{"2018-08-11"}, ""},
		{"The plant reopens on 11 March next year.", ref, []string{"2020-03-11"}, ""},
		{"Trump said Saturday that it went well.", ref, []string{"2019-01-19"}, ""},
		{"Kim was in Beijing last week.", ref, []string{"2019-W02"}, ""},
		{"They met in Singapore last year.", ref, []string{"2018"}, ""},
		{"They want to meet at the end of February.", ref, []string{"2019-02"}, "late"},
		{"A second summit in late February.", ref, []string{"2019-02"}, "late"},
		{"They will meet in early July.", ref, []string{"2019-07"}, "early"},
		{"A summit in June produced a vague commitment.", ref, []string{"2018-06"}, ""},
		{"He met Trump in the Oval Office on Friday January 18.", time.Time{}, []string{"2019-01-18"}, ""},
		{"He arrived on Thursday January 17.", ref, []string{"2019-01-17"}, ""},
		{"in a statement on Saturday, January 19.", ref, []string{"2019-01-19"}, ""},
		{"They met on June 12, 2018 in Singapore.", time.Time{}, []string{"2018-06-12"}, ""},
		{"VELARDE, 6 March 2025 - A coach", time.Time{}, []string{"2025-03-06"}, ""},
		{"The delegations will meet again next month.", time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), []string{"2025-05"}, ""},
		{"The talks will resume next Friday.", ref, []string{"2019-01-25"}, ""},
		{"It was finished in 2022.", ref, []string{"2022"}, ""},
		{"Two years ago it failed.", ref, []string{"2017"}, ""},
		{"It may rain; the march went on.", ref, nil, ""},
		{"Friday", time.Time{}, nil, ""},
		// Monday 6 October 2025: the verb's tense picks the weekday.
		{"President Helena Sousa will begin formal consultations with party leaders on Wednesday.", time.Date(2025, 10, 6, 0, 0, 0, 0, time.UTC), []string{"2025-10-08"}, ""},
		{"Helena Sousa begins on Wednesday to hear the parties.", time.Date(2025, 10, 6, 0, 0, 0, 0, time.UTC), []string{"2025-10-08"}, ""},
		{"She declared an emergency on Monday evening and visited Brenna on Tuesday.", time.Date(2025, 4, 16, 0, 0, 0, 0, time.UTC), []string{"2025-04-14", "2025-04-15"}, ""},
		{"The two sides resumed negotiations in July, after it warned orders would fall.", time.Date(2025, 9, 8, 0, 0, 0, 0, time.UTC), []string{"2025-07"}, ""},
		{"a cycle lane would be added at the beginning of July.", time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC), []string{"2025-07"}, "early"},
		// Saturday 13 September 2025: "closed" after "stay" is a state.
		{"The park will stay closed on Sunday while the enclosure is checked.", time.Date(2025, 9, 13, 0, 0, 0, 0, time.UTC), []string{"2025-09-14"}, ""},
		{"The park remained closed on Sunday.", time.Date(2025, 9, 16, 0, 0, 0, 0, time.UTC), []string{"2025-09-14"}, ""},
		{"The leader said that already tomorrow she starts talks.", time.Date(2025, 10, 6, 0, 0, 0, 0, time.UTC), nil, ""},
		{"Brenna, 16.04.2025 - In the province", time.Time{}, []string{"2025-04-16"}, ""},
		{"Porto Claro, 06/10/2025 - The Civic Alliance", time.Time{}, []string{"2025-10-06"}, ""},
		{"", ref, nil, ""},
	}
	for _, tt := range tests {
		got := ParseDates(tt.s, tt.ref, 2018)
		var vals []string
		for _, d := range got {
			vals = append(vals, d.Value)
			if tt.s[d.Start:d.End] != d.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", tt.s, d.Start, d.End, d.Text)
			}
		}
		if strings.Join(vals, ",") != strings.Join(tt.want, ",") {
			t.Errorf("ParseDates(%q) = %v, want %v", tt.s, vals, tt.want)
			continue
		}
		if len(got) > 0 && got[0].Part != tt.part {
			t.Errorf("ParseDates(%q) part %q, want %q", tt.s, got[0].Part, tt.part)
		}
	}
}

func TestCompatibleDates(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2019-02", "2019-02", true},
		{"2019-02", "2019-02-27", true},
		{"2019-01-18", "2019-01-19", false},
		{"2019-W03", "2019-01-18", true},
		{"2019-W02", "2019-01-18", false},
		{"2018", "2018-06", true},
		{"2018", "2019", false},
	}
	for _, tt := range tests {
		if got := compatible(tt.a, tt.b); got != tt.want {
			t.Errorf("compatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseQuantities(t *testing.T) {
	tests := []struct {
		s     string
		value float64
		unit  string
	}{
		{"the conversation lasting about an hour and a half", 90, "minute"},
		{"met with Kim Yong Chol for an hour and half", 90, "minute"},
		{"a meeting of 90 minutes", 90, "minute"},
		{"after three quarters of an hour", 45, "minute"},
		{"buses run every quarter of an hour", 15, "minute"},
		{"it took a quarter of an hour", 15, "minute"},
		{"a quarter of a million visitors", 250000, "visitor"},
		{"it took 45 minutes", 45, "minute"},
		{"closed for 18 months", 18, "month"},
		{"closed for a year and a half", 18, "month"},
		{"repairs cost $48 million", 48e6, "usd"},
		{"repairs cost 48 million dollars", 48e6, "usd"},
		{"At least 12 people were killed and 26 injured", 12, "dead"},
		{"Fourteen people died when a bus fell", 14, "dead"},
		{"dropped some 80 metres into a gorge, killing 12 passengers", 80, "metre"},
		{"Twenty-six people were hurt", 26, "injured"},
		{"the driver, a 58-year-old with 30 years of experience", 58, "age"},
		{"turnout rose to 42%", 42, "percent"},
		{"turnout rose to 42 per cent", 42, "percent"},
		{"carrying 41 passengers", 41, "passenger"},
		{"a fleet of a dozen buses", 12, "bus"},
		{"one hundred and twenty people", 120, "person"},
		{"winning the Aldwin Marathon in 2:04:37", 124 + 37.0/60, "minute"},
		{"the number of people killed by the floods has risen to 27", 27, "dead"},
		{"the number of the victims of the flood has grown to 27 persons", 27, "dead"},
		{"floods have killed at least 23 people", 23, "dead"},
		{"23 people had been confirmed dead", 23, "dead"},
		{"a magnitude 6.1 earthquake shook the valley", 6.1, "magnitude"},
		{"the centre put the magnitude at 6.4", 6.4, "magnitude"},
		{"a quake of magnitude 5.8 in 1987", 5.8, "magnitude"},
		{"put the magnitude of Sunday's quake at 6.4", 6.4, "magnitude"},
		{"About 300 workers were evacuated", 300, "evacuated"},
		{"forced the evacuation of 350 people", 350, "evacuated"},
		{"greeted the £4.5m fine", 4.5e6, "gbp"},
		{"a $2bn bond", 2e9, "usd"},
		{"winds of up to 150 km/h", 150, "km/h"},
		{"packing winds of 150 kilometres per hour", 150, "km/h"},
		{"gusts of 90 mph", 90, "mph"},
		{"A crowd of 41,200 watched", 41200, "crowd"},
		{"The attendance at Linden Park was 41,200", 41200, "crowd"},
		{"in front of 43,000 spectators", 43000, "crowd"},
		{"Crowds of about 12,000 typically gather along the course", 12000, "crowd"},
		{"It usually brings some 15,000 onlookers to the riverbanks", 15000, "crowd"},
		{"12 people lost their lives", 12, "dead"},
		{"About 60,000 households lost power", 60000, "household"},
		{"Some 15,000 people along the coast had been evacuated", 15000, "evacuated"},
		{"Police questioned 12 people after two were killed", 12, "person"},
		{"staff began a 48-hour strike over pay", 48 * 60, "minute"},
		{"called the three-day stoppage", 3 * 1440, "minute"},
		{"as a week-long postal strike grinds on", 10080, "minute"},
		{"a month-long closure of the bridge", 1, "month"},
		{"the outbreak has grown to 212 confirmed cases", 212, "case"},
		{"officials confirmed 212 measles infections", 212, "infection"},
		{"nine people were still missing on Sunday", 9, "missing"},
		{"14 people who remain unaccounted for", 14, "missing"},
		{"a 12-storey residential block", 12, "storey"},
		{"whose two dozen lanes have been a fixture", 24, "lane"},
		{"access to 3.8 million customer records", 3.8e6, "record"},
		{"Thirteen coal miners were trapped", 13, "miner"},
		{"Some 84 passenger and freight trains normally cross the bridge", 84, "train"},
		{"The takeover protects 52 full- and part-time staff, from the kit room", 52, "staff"},
		{"It employs 40 full-time staff at the plant", 40, "staff"},
		{"The closure was approved 9-3 by the health board", 9, "vote"},
		{"The decision, carried by a margin of eight to three, means births will move", 8, "vote"},
		{"The board voted nine votes to three", 9, "vote"},
		{"Members backed a strike by 79% to 21%, with 58% voting", 79, "percent"},
		{"wiped out 2,300 train services", 2300, "train"},
		{"Tuesday's collision with a bus that injured 26 people", 26, "injured"},
		{"a blast injuring 12 workers at the plant", 12, "injured"},
		{"leaving 31 people needing hospital treatment", 31, "injured"},
		{"left seven competitors needing hospital or trackside treatment", 7, "injured"},
		{"left four people needing treatment", 4, "injured"},
		// Those badly hurt are some of the injured, not all.
		{"left three passengers with serious injuries", 3, "passenger"},
		{"from a 21-strong competition line-up", 21, "line-up"},
		{"a 40-strong crew was aboard", 40, "crew"},
		// A part of a group is counted by the group's noun.
		{"cracks in three of its nine concrete piers", 3, "of pier"},
		{"confirmed on three of the bridge's nine piers", 3, "of pier"},
		{"Three of the five lifeguard stations along the promenade were wrecked", 3, "of station"},
		{"reducing 47 of the town's beach huts to matchwood", 47, "of hut"},
		{"three of the four coaches left the rails", 3, "of bus"},
		{"two of the injured were discharged", 2, "of injured"},
		{"shipped 1,800 metric tonnes of grain", 1800000, "kilogram"},
		{"the bridge stands on nine concrete piers", 9, "pier"},
		{"Thirty-one pilot whales were returned to the sea", 31, "whale"},
		{"leaving some 42,000 ticket holders out of pocket", 42000, "ticket"},
		{"split among four minor candidates", 4, "minor candidate"},
		{"opened half a dozen warming centres", 6, "centre"},
		{"recalling roughly half a million packs", 500000, "pack"},
		{"A crane operator was killed and four other workers were injured", 4, "injured"},
		{"toppled a crane, killing one worker and injuring six.", 1, "dead"},
		{"and sending four other workers to hospital", 4, "injured"},
		{"1,470 people had been admitted to hospital with heat-related illness", 1470, "person"},
		{"The strike is due to run for five working days", 5 * 1440, "minute"},
		{"meant 9,200 pieces of checked luggage were left behind", 9200, "luggage"},
		{"will stay closed for a fortnight", 14 * 1440, "minute"},
		{"The party of nine, including the guide, was hit", 9, "person"},
		{"after a party of six spent Saturday night stuck on the ridge", 6, "person"},
		{"a crew of five men was rescued", 5, "man"},
		{"a team of 40 firefighters fought the blaze", 40, "firefighter"},
		{"The plant's workforce numbered 340 at the end.", 340, "worker"},
		{"a workforce of about 1,200 people", 1200, "worker"},
		{"The 72-player event attracted a dozen grandmasters.", 72, "player"},
		{"by the League's 21-member parliamentary group", 21, "member"},
		{"in the 180-seat National Assembly", 180, "seat"},
		{"Vantlo employs 140 people, most of them in Marrowgate", 140, "worker"},
		{"Vantlo's 180-strong workforce will stay", 180, "worker"},
		{"an outbreak that left 68 guests ill after a wedding", 68, "ill"},
		{"an outbreak that has sickened 83 people", 83, "ill"},
		{"In all, 14 staff members also fell ill.", 14, "member"},
		{"Four firefighters were also hurt.", 4, "firefighter"},
		{"has put together a 350,000 pound emergency fund", 350000, "gbp"},
		{"The government will hire 50 additional rangers", 50, "additional ranger"},
		{"The slab caught Ortlieb and two fellow ski tourers", 2, "fellow tourer"},
		{"Three remain seriously injured.", 3, "seriously injured"},
		{"volunteers waded out to rescue 14 harbour seal pups", 14, "pup"},
		{"An audience of 190 packed into the hall", 190, "person"}, // the people who came
		{"the coach rolled over on Thursday, injuring 27 of those on board", 27, "injured"},
		{"a passenger balloon crash-landed late on Friday, injuring nine of the people on board", 9, "injured"},
		{"Of the 150 or so students who entered the building, most stayed", 150, "student"},
		{"Of the 27 people injured, four were seriously hurt", 27, "injured"},
		{"None of the 192 passengers aboard was injured", 192, "passenger"},
		{"the trial is short of its 150-man target", 150, "man"},
		{"an open letter signed by 230 artists, curators and museum staff", 230, "signature"},
		{"crossed in 10 hours and 12 minutes, beating the record", 612, "minute"},
		{"crossed in nine hours 47 minutes", 587, "minute"},
		{"followed a 230-signature letter", 230, "signature"},
	}
	for _, tt := range tests {
		qs := ParseQuantities(tt.s)
		if len(qs) == 0 {
			t.Errorf("ParseQuantities(%q) found nothing", tt.s)
			continue
		}
		q := qs[0]
		if q.Value != tt.value || q.Unit != tt.unit {
			t.Errorf("ParseQuantities(%q)[0] = %v %s (%q), want %v %s", tt.s, q.Value, q.Unit, q.Text, tt.value, tt.unit)
		}
		if tt.s[q.Start:q.End] != q.Text {
			t.Errorf("%q: offsets %d:%d do not give %q", tt.s, q.Start, q.End, q.Text)
		}
	}
	for _, s := range []string{"in 2018 they met", "she was three cars away from the booth", "they have won six of their last seven matches", "on June 12 they met", "a second summit", "the 2nd summit", "nothing here", "a 4m wall",
		"it led to two \u201cDead\u201d sequels", "throughout \u201cEvil Dead,\u201d one cannot help"} {
		if qs := ParseQuantities(s); len(qs) > 0 {
			t.Errorf("ParseQuantities(%q) = %+v, want none", s, qs)
		}
	}
}

func TestRatesGiveOneLength(t *testing.T) {
	// "a year" after a length says how often, and is no length itself.
	// So does "a day" after a count of anything.
	for _, s := range []string{"the age will climb by three months a year", "they work two days a week", "visitors will pay £3 an hour to park",
		"each patient may have one visitor a day", "it runs 40 trains an hour"} {
		if qs := ParseQuantities(s); len(qs) != 1 {
			t.Errorf("ParseQuantities(%q) = %+v, want the first length only", s, qs)
		}
	}
}

func TestHowOftenIsNoLength(t *testing.T) {
	if qs := ParseQuantities("the tablets are taken twice a day"); len(qs) > 0 {
		t.Errorf("ParseQuantities(twice a day) = %+v, want none", qs)
	}
}

func TestEquivalentQuantities(t *testing.T) {
	pairs := []struct {
		a, b string
		want bool
	}{
		{"90 minutes", "an hour and a half", true},
		{"45 minutes", "three quarters of an hour", true},
		{"15 minutes", "a quarter of an hour", true},
		{"an hour", "a quarter of an hour", false},
		{"18 months", "a year and a half", true},
		{"$48 million", "48 million dollars", true},
		{"26 injured", "Twenty-six people were hurt", true},
		{"12 people were killed", "Fourteen people died", false},
		{"90 minutes", "90 metres", false},
		{"1.26 tonnes", "1,260 kilograms", true},
		{"1,480 kg", "1,480 kilograms", true},
		{"1.26 tonnes", "1,480 kg", false},
	}
	for _, p := range pairs {
		qa, qb := ParseQuantities(p.a), ParseQuantities(p.b)
		if len(qa) == 0 || len(qb) == 0 {
			t.Errorf("%q / %q: not parsed (%v, %v)", p.a, p.b, qa, qb)
			continue
		}
		if got := qa[0].Equivalent(qb[0]); got != p.want {
			t.Errorf("%q ≡ %q = %v, want %v (%+v, %+v)", p.a, p.b, got, p.want, qa[0], qb[0])
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Kim Jong Un", "Kim Jong-un"},
		{"Donald J. Trump", "Donald Trump"},
		{"Anne-Sophie Laurent", "Anne Sophie Laurent"},
	}
	for _, tt := range tests {
		if x, y := strings.Join(nameKey(tt.a), " "), strings.Join(nameKey(tt.b), " "); x != y {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q: want equal", tt.a, x, tt.b, y)
		}
	}
	if strings.Join(nameKey("Kim Yong Chol"), " ") == strings.Join(nameKey("Kim Jong Un"), " ") {
		t.Error("two Kims share a key")
	}
}

func TestSentenceMentions(t *testing.T) {
	tests := []struct {
		s      string
		name   string
		titles []string
	}{
		{"White House spokeswoman Sarah Sanders said.", "Sarah Sanders", []string{"spokeswoman"}},
		{"said White House Press Secretary Sarah Sanders.", "Sarah Sanders", []string{"Press Secretary"}},
		{"North Korean Vice Chairman Kim Yong Chol paid a visit.", "Kim Yong Chol", []string{"Vice Chairman"}},
		{"with North Korea's negotiator, Kim Yong Chol, in the White House.", "Kim Yong Chol", []string{"negotiator"}},
		{"The President looks forward to meeting with Chairman Kim at a place.", "Kim", []string{"Chairman"}},
		{"met US Secretary of State Mike Pompeo.", "Mike Pompeo", []string{"Secretary of State"}},
		{"foreign minister Swedish Margot Wallström said.", "Margot Wallström", []string{"foreign minister"}},
		{"Helena Strand, the chief executive of Caldwell Castings, put the damage at $12 million.", "Helena Strand", []string{"chief executive"}},
		{"Helena Strand, Caldwell's chief executive, said the plant would stay shut.", "Helena Strand", []string{"chief executive"}},
		{"Anders Vell, chief executive of Kessling, told analysts.", "Anders Vell", []string{"chief executive"}},
		{"Anders Vell, chief among the bidders, said.", "Anders Vell", nil},
		{"Managing director Helena Strand estimated the damage.", "Helena Strand", []string{"Managing director"}},
		{"Headteacher Helena Strand closed the school.", "Helena Strand", []string{"headteacher"}},
		{"BRANTMOOR, Nov 7 - Firefighter Owen Tallis, 34, was hurt.", "Owen Tallis", []string{"Firefighter"}},
		{"Owen Tallis, a firefighter, was hurt.", "Owen Tallis", nil},
		{"Chief Fire Officer Ruth Harlow said crews kept back.", "Ruth Harlow", []string{"Chief Fire Officer"}},
		{"the Brantmoor Fire Service said.", "Brantmoor Fire Service", nil},
		{"Ana Ferro, the passenger who escaped, spoke.", "Ana Ferro", nil},
	}
	for _, tt := range tests {
		ms := sentenceMentions(0, tt.s, nil)
		found := false
		for _, m := range ms {
			if m.name == tt.name {
				found = true
				if strings.Join(m.titles, "|") != strings.Join(tt.titles, "|") {
					t.Errorf("%q: %s titles %q, want %q", tt.s, m.name, m.titles, tt.titles)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %+v", tt.s, tt.name, ms)
		}
	}
}

func FuzzParseDates(f *testing.F) {
	for _, s := range []string{"Friday January 18", "late on Tuesday", "the end of February 2019",
		"last week", "2 years ago", "Saturday, January 19", "May 31st, 2020", "next month"} {
		f.Add(s)
	}
	ref := time.Date(2019, 1, 19, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []time.Time{ref, {}} {
			for _, d := range ParseDates(s, r, 2018) {
				if d.Start < 0 || d.End > len(s) || d.Start > d.End || s[d.Start:d.End] != d.Text {
					t.Fatalf("ParseDates(%q): bad offsets %+v", s, d)
				}
				if dateStart(d.Value).IsZero() {
					t.Fatalf("ParseDates(%q): value %q is no ISO date", s, d.Value)
				}
			}
		}
	})
}

func FuzzParseQuantities(f *testing.F) {
	for _, s := range []string{"an hour and a half", "$1.5 million", "twenty-six people were hurt",
		"three quarters of an hour", "42%", "a 58-year-old", "1,200 dead", "killing 12 passengers"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range ParseQuantities(s) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("ParseQuantities(%q): bad offsets %+v", s, q)
			}
			if q.Unit == "" || !utf8.ValidString(q.Unit) && utf8.ValidString(s) {
				t.Fatalf("ParseQuantities(%q): bad unit %+v", s, q)
			}
			if q.Value != q.Value {
				t.Fatalf("ParseQuantities(%q): NaN", s)
			}
		}
	})
}

func TestSumHead(t *testing.T) {
	tests := []struct {
		s    string // the sum is the token "$X"
		want string
	}{
		{"corvane agreed to buy lumetra for $X in cash", "deal"},
		{"a $X deal", "deal"},
		{"revenue of $X last year", "revenue"},
		{"it will pay $X a share", "share price"},
		{"the tribe earns $X a year from the casino", ""}, // a rate
		{"land sold for $X an acre", ""},
		{"up from $X", ""},
		{"the firm was fined $X at the high court", "fine"},
		{"it will challenge a $X fine imposed on tuesday", "fine"},
		{"an offer that values the operator at $X", "deal"},
		{"net profit for the third quarter came to $X", "profit"},
		{"net profit for july to september was $X", "profit"},
		{"net profit of $X fell short of forecasts", "profit"},
		{"the group earned $X in the three months", "profit"},
		{"defrauding investors of $X through a fund", "fraud"},
		{"joined the club in a transfer worth $X", "deal"},
		{"accepted a fee of $X for the winger", "deal"},
		{"asked for a ransom in bitcoin worth roughly $X", "ransom"},
		{"got in touch to demand $X in return", "ransom"},
		{"it will pay $X in cash for each brisford share", "share price"},
	}
	for _, tt := range tests {
		low := strings.Fields(tt.s)
		qa := slices.Index(low, "$X")
		if got := sumHead(low, qa, qa+1); got != tt.want {
			t.Errorf("sumHead(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestTitleRoles(t *testing.T) {
	tests := []struct {
		title string
		want  []string
	}{
		{"police spokesman", []string{"spokesman"}},
		{"Deputy Foreign Minister", []string{"deputy foreign minister"}}, // a portfolio stays
		{"regional economy minister", []string{"economy minister"}},
		{"club president", []string{"president"}}, // the employer's kind
		{"managing director", []string{"managing director"}},
		{"founder and chief executive", []string{"founder", "chief executive"}},
		{"CEO", []string{"chief executive"}},
		{"former president", nil},
		{"retired headteacher", nil}, // a past role
		{"Dr", nil},                  // a form of address goes with any role
		{"Mr.", nil},
		{"executive director", []string{"executive director"}},
		{"State Sen", []string{"senator"}}, // "state" is soft, "Sen" short for senator
		{"Gov.", []string{"governor"}},
		{"head", []string{"chief"}}, // "head of the agency", "agency chief"
		{"Deputy Premier", []string{"deputy prime minister"}},
		{"Police Commissioner Sir", []string{"commissioner"}},
		// What follows "of" in lower case says of what, as the words
		// before the role do; a generic role keeps it after it.
		{"director of operations", []string{"operations director"}},
		{"operations director", []string{"operations director"}},
		{"head of safety", []string{"chief safety"}},
		// "And" inside the charge joins no two roles.
		{"director of infection prevention and control", []string{"infection prevention and control director"}},
		{"medical director", []string{"medical director"}}, // a charge, as "finance" is
	}
	for _, tt := range tests {
		if got := titleRoles(tt.title); !slices.Equal(got, tt.want) {
			t.Errorf("titleRoles(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		s, rest string // rest: what follows the dateline; s itself when there is none
	}{
		{"BRENNA, April 15, 2025 - Floods killed 23.", "Floods killed 23."},
		{"OTTAWA, May 15 (Xinhua) -- Canadian ministers met.", "Canadian ministers met."},
		{"PARIS, July 26, 2000 _ A metal strip was found.", "A metal strip was found."},
		{"BRANTMOOR, November 7, 2025 (Northline) - Fire swept through a foundry.", "Fire swept through a foundry."},
		{"Officials met on Monday - and agreed.", "Officials met on Monday - and agreed."},
		{"GENEVA, the city - a hub.", "GENEVA, the city - a hub."}, // no date: no dateline
	}
	for _, tt := range tests {
		if got := tt.s[datelineEnd(tt.s):]; got != tt.rest {
			t.Errorf("after the dateline of %q: %q, want %q", tt.s, got, tt.rest)
		}
	}
}

func TestRolesAgree(t *testing.T) {
	roles := func(titles ...string) map[string]bool {
		m := map[string]bool{}
		for _, ti := range titles {
			for _, r := range titleRoles(ti) {
				m[r] = true
			}
		}
		return m
	}
	tests := []struct {
		x, y string
		want bool
	}{
		{"executive director", "director", true},
		{"Palestinian leader", "President", true}, // a leader holds some office
		{"Deputy Foreign Minister", "Foreign Minister", false},
		{"chief executive", "chairman", false},
		{"spokeswoman", "Press Secretary", false},
		{"Deputy Premier", "Deputy Prime Minister", true},
		{"head", "chief", true}, // "head of the agency", "agency chief"
		{"regional fire commander", "deputy fire chief", false},
		{"chief medical officer", "regional health director", false},
		{"head of safety", "chief operating officer", false}, // an office, not a generic "chief"
		{"finance chief", "Chief Financial Officer", true},
		{"Chief Financial Officer", "chief operating officer", false},
		{"master", "Captain", true}, // a ship's master is its captain
		{"head veterinarian", "chief vet", true},
		{"veterinary surgeon", "resident vet", true},
		{"senior veterinarian", "head of animal care", false},
		{"director of public health", "deputy director of public health", false},
		{"head of seismic monitoring", "seismologist", true}, // a trade goes with any office
		{"senior hydrologist", "chief hydrologist", false},
		{"head of environmental health", "environmental health chief", true},
		{"Councillor", "deputy leader", true}, // a councillor may hold any office of the council
		{"leader", "deputy leader", false},
		{"head of operations", "director of operations", true}, // the office that heads operations
		{"head of operations", "deputy director of operations", false},
		{"medical director", "director of infection prevention and control", false},
		{"medical director", "director", true},
		{"Chief Superintendent", "superintendent", false}, // a rank above
		{"chief inspector", "Chief Inspector", true},
	}
	for _, tt := range tests {
		if got := rolesAgree(roles(tt.x), roles(tt.y)); got != tt.want {
			t.Errorf("rolesAgree(%q, %q) = %v, want %v (roles %v, %v)", tt.x, tt.y, got, tt.want, roles(tt.x), roles(tt.y))
		}
	}
}

func TestMovedBy(t *testing.T) {
	tests := []struct {
		s, what, dir string // the percentage is the token "X%"
	}{
		{"revenue rose X% from the same period last year", "revenue", "rise"},
		{"sales at veltrana jumped X% in the third quarter", "revenue", "rise"},
		{"sending its shares down X% on thursday", "share", "cut"},
		{"its shares closed X% lower", "share", "cut"},
		{"they edged up X% on friday", "", ""},
		{"turnout was X%", "", ""},
	}
	for _, tt := range tests {
		low := strings.Fields(tt.s)
		qa := slices.Index(low, "X%")
		what, dir := movedBy(low, qa, qa+1)
		if what != tt.what || dir != tt.dir {
			t.Errorf("movedBy(%q) = %q, %q; want %q, %q", tt.s, what, dir, tt.what, tt.dir)
		}
	}
}

func TestCountVerb(t *testing.T) {
	tests := []struct {
		s, want string // the count is the token "N"; the counted noun follows it
	}{
		{"a strike by more than N nurses shut down surgery", "strike"},
		{"about N nurses at the four public hospitals went on strike", "strike"},
		{"N members took part in the walkout", "strike"},
		{"rescuers raced to reach N miners cut off by a flood", "trap"},
		{"N operations scheduled for monday had been postponed", "postpone"},
		{"N people took part in the march", "attend"},
		{"N workers escaped before the roof fell", ""},
		{"N climbers spent saturday night stuck on the ridge", "trap"},
	}
	for _, tt := range tests {
		low := strings.Fields(tt.s)
		qa := slices.Index(low, "N")
		if got := countVerb(low, qa, qa+2); got != tt.want {
			t.Errorf("countVerb(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for u, want := range map[string]string{"man": "men", "woman": "women", "child": "children", "person": "people",
		"foot": "feet", "ferry": "ferries", "bus": "buses", "hive": "hives", "storey": "storeys", "staff": "staff", "sheep": "sheep"} {
		if got := plural(u); got != want {
			t.Errorf("plural(%q) = %q, want %q", u, got, want)
		}
	}
}

// TestWeekdayYear checks the year a weekday gives a month and day: the
// report's when it is known, though the story names a year to come; the
// latest year the story names when it is not.
func TestWeekdayYear(t *testing.T) {
	tests := []struct {
		s     string
		ref   time.Time
		hints []int
		want  string
	}{
		{"Revill was seriously injured on Wednesday, November 5.", time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC), []int{2025, 2029}, "2025-11-05"},
		{"The talks were held on Friday January 18.", time.Time{}, []int{2018, 2019}, "2019-01-18"},
	}
	for _, tt := range tests {
		got := ParseDates(tt.s, tt.ref, tt.hints...)
		if len(got) != 1 || got[0].Value != tt.want {
			t.Errorf("ParseDates(%q) = %v, want %s", tt.s, got, tt.want)
		}
	}
}

func TestWillBefore(t *testing.T) {
	tests := []struct {
		s    string
		want bool // the token "T" is a time to come
	}{
		{"thursday's meeting will be held in the village hall at T", true},
		{"the fire service said it was called at about T and sent 12 engines", false},
		{"the service will resume tomorrow, and it was called at T", false},
	}
	for _, tt := range tests {
		low := strings.Fields(tt.s)
		if got := willBefore(low, slices.Index(low, "T")); got != tt.want {
			t.Errorf("willBefore(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
