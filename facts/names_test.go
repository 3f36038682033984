package facts

import (
	"slices"
	"testing"
)

func TestAdjectival(t *testing.T) {
	common := set("based", "style", "run", "elect", "times", "un")
	tests := []struct {
		w    string
		want bool
	}{
		{"Washington-based", true},
		{"Vegas-style", true},
		{"Indian-run", true},
		{"Sun-Times", false},       // the tail keeps its capital: one name
		{"Jong-un", false},         // a syllable of two letters
		{"Ki-moon", false},         // "moon" is not a word of this story
		{"President-elect", false}, // a title
		{"Washington", false},
		{"-based", false},
	}
	for _, tt := range tests {
		if got := adjectival(tt.w, common); got != tt.want {
			t.Errorf("adjectival(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	if adjectival("Washington-based", nil) {
		t.Error("adjectival with no common words = true, want false")
	}
}

// TestEntityNames checks how names are told from the words around them
// in a small story of three reports (invented for the test).
func TestNamesEndingLikeVerbs(t *testing.T) {
	// "Winifred" opens a sentence as "Angered" might; the story writes
	// it capitalised inside a sentence too, so it is a name.
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Report\n\nHARNLEY, August 18, 2025 - Among the guests treated was the bride's grandmother, Winifred Carrow. Her granddaughter Bethan Carrow was unhurt.\n",
		"2-b.txt": "Report\n\nHARNLEY, August 19, 2025 - Winifred Carrow, the bride's grandmother, was among those treated. Angered guests left early.\n",
	})
	for _, e := range a.entityList() {
		if e.Name == "Winifred Carrow" {
			if !slices.Contains(e.Articles, "2-b") {
				t.Errorf("Winifred Carrow not found in 2-b: %v", e.Articles)
			}
			return
		}
	}
	t.Error("no entity Winifred Carrow")
}

func TestEntityNames(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-ledger.txt": "Tribe opens clinic\n\n" +
			"The Corbin Nation opened a health clinic in New York on Monday, the first the nation has run off its land. " +
			"The clinic was paid for by the Halvard Fund, a Denver-based charity. " +
			"The nation's council said the clinic would serve 4,000 people.\n\n" +
			"Leaders of the Nation thanked the fund.\n",
		"2-courier.txt": "Clinic for Corbin Nation\n\n" +
			"A clinic run by the Corbin Nation opened in New York on Monday. " +
			"Officials from Albany attended, as did a delegation from the New Jersey Shore. " +
			"The Halvard Fund, which is Denver-based, gave the money. " +
			"The nation plans a second clinic next year. Patients will come from Arlen and from Tovey along the Arlen-Tovey road.\n",
		"3-wire.txt": "Tribal clinic opens\n\n" +
			"The Corbin Nation, whose members live across New York state, opened its clinic on Monday with money from the Halvard Fund. " +
			"York City Council planners were not involved, a spokeswoman said. The Arlen-Tovey road was repaved for the opening.\n",
	})
	byName := map[string]int{}
	var aliases []string
	for _, e := range a.entityList() {
		byName[e.Name] = len(e.Articles)
		aliases = append(aliases, e.Aliases...)
	}
	// "New York", named more than once, stays one name though "New" and
	// "York" each belong to other, longer names.
	for _, name := range []string{"Corbin Nation", "New York", "Halvard Fund"} {
		if byName[name] == 0 {
			t.Errorf("no entity %q; entities %v", name, byName)
		}
	}
	// "Nation" alone is the common noun the story also writes in lower
	// case, not another name of the Corbin Nation.
	if slices.Contains(aliases, "Nation") {
		t.Errorf("aliases %v hold the common noun %q", aliases, "Nation")
	}
	// "Denver-based" names Denver, not a "Denver-based" place; the
	// "Arlen-Tovey" road joins two towns the story names apart.
	if byName["Arlen-Tovey"] > 0 || byName["Arlen"] == 0 || byName["Tovey"] == 0 {
		t.Errorf("want Arlen and Tovey apart; entities %v", byName)
	}
	for name := range byName {
		if name == "Denver-based" || name == "Denver-based charity" {
			t.Errorf("entity %q: an adjective", name)
		}
	}
}

// TestEntityKinds checks kinds that the words around a name could
// mislead (reports invented for the test).
func TestEntityKinds(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-post.txt": "Girl returns home\n\n" +
			"Marisol Ortega returned to Caldera on Monday after a year in foster care. " +
			"Lawyers blamed the court for delays in Marisol Ortega's return. " +
			"A letter to Marisol Ortega's family came from Amnesty International. " +
			"The campaign was run from Helpline.org, a volunteer site. " +
			"She was met at Caldera General Hospital by a team led by Idris Vane. " +
			"Rep. Ana Ruiz, a Caldera Democrat, praised the Family Rights Project before Labor Day. " +
			"A gift came to Tomas Brill, and to her brother Tomas Brill went a letter from Caldera.\n",
		"2-times.txt": "Ortega case ends\n\n" +
			"The judge ruled in Marisol Ortega's favour on Friday, and she flew to Caldera on Monday. " +
			"Amnesty International had written to the court twice. " +
			"Donations came from Helpline.org. " +
			"\"We are ready,\" said Idris Vane. The court then wrote to Idris Vane, 41, and to Caldera General Hospital. " +
			"The Caldera Gazette first told her story. Her family had waited two years for housing, as public housing is scarce. " +
			"The Caldera Housing and Development Agency found her a flat, " +
			"and Ana Ruiz and White House aides sent flowers.\n",
	})
	kinds := map[string]string{}
	for _, e := range a.entityList() {
		kinds[e.Name] = e.Kind
	}
	for name, want := range map[string]string{
		"Marisol Ortega":                         Person,
		"Caldera":                                Place,
		"Amnesty International":                  Organization,
		"Helpline.org":                           Organization,
		"Caldera General Hospital":               Organization, // not a "General" named Hospital
		"Idris Vane":                             Person,
		"Family Rights Project":                  Organization,
		"Caldera Democrat":                       "",     // describes Ana Ruiz
		"Labor Day":                              "",     // a date
		"Tomas Brill":                            Person, // her brother, though twice after "to"
		"Caldera Gazette":                        Organization,
		"Caldera Housing and Development Agency": Organization,
		"Ana Ruiz and White House":               "", // two names
	} {
		if kinds[name] != want {
			t.Errorf("%s: kind %q, want %q (entities %v)", name, kinds[name], want, kinds)
		}
	}
}

// TestCountryNotParty checks that a country whose people the story names
// is a place of its own, not a short name of the party named after it.
func TestCountryNotParty(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-post.txt":  "Court rules\n\nLeaders of the nationalist Veloria Forward party welcomed the ruling, and Veloria's courts will hear no appeal.\n",
		"2-times.txt": "Ruling stands\n\nVelorian officials said Veloria would not appeal.\n",
	})
	kinds := map[string]string{}
	for _, e := range a.entityList() {
		kinds[e.Name] = e.Kind
		if e.Name == "Veloria Forward" && slices.Contains(e.Aliases, "Veloria") {
			t.Errorf("the party holds the country's name as an alias: %v", e.Aliases)
		}
	}
	if kinds["Veloria"] != Place {
		t.Errorf("Veloria: kind %q, want place (entities %v)", kinds["Veloria"], kinds)
	}
}

// TestDoubleSurname checks that one half of a hyphenated surname does not
// name its bearer.
func TestDoubleSurname(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-post.txt":  "Fair opens\n\nThe fair was opened by Dana Brown-Okafor, the county's chief planner. Her neighbour, Farmer Brown, showed his cattle.\n",
		"2-times.txt": "County fair\n\nDana Brown-Okafor opened the fair on Saturday, and Brown-Okafor said it was the largest yet.\n",
	})
	for _, e := range a.entityList() {
		if e.Name == "Dana Brown-Okafor" && slices.Contains(e.Aliases, "Brown") {
			t.Errorf("aliases of %s hold %q: %v", e.Name, "Brown", e.Aliases)
		}
	}
}

// TestTimelineOneDatePerEvent checks that a month and its year in one
// sentence date one event, not two.
func TestTimelineOneDatePerEvent(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-post.txt": "Talks stall\n\nBRENNA, March 3, 2025 - Talks on the dam have stalled since the ministers' June meeting in 2024, officials said.\n",
	})
	var dates []string
	for _, e := range a.timeline() {
		dates = append(dates, e.Date)
	}
	if !slices.Contains(dates, "2024-06") || slices.Contains(dates, "2024") {
		t.Errorf("timeline dates %v, want 2024-06 and not 2024 alone", dates)
	}
}

// TestAcronyms checks that an acronym is listed with the name it spells
// when the story spells it out beside it, and only then.
func TestAcronyms(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-post.txt": "Ferry rescue\n\nBRENNA (AP) - Divers from the Coastal Rescue Authority (CRA) reached the ferry on Monday. " +
			"A report by the Academy of Pediatrics said children were unhurt. The CRA said the hull held.\n",
		"2-times.txt": "Ferry towed\n\nThe CRA towed the ferry to Brenna. The Coastal Rescue Authority thanked fishermen. An AP photographer filmed the tow. The Academy of Pediatrics praised the crews.\n",
	})
	aliases := map[string][]string{}
	for _, e := range a.entityList() {
		aliases[e.Name] = e.Aliases
	}
	if !slices.Contains(aliases["Coastal Rescue Authority"], "CRA") {
		t.Errorf("Coastal Rescue Authority aliases %v, want CRA among them (entities %v)", aliases["Coastal Rescue Authority"], aliases)
	}
	if _, ok := aliases["CRA"]; ok {
		t.Error("CRA listed apart from the Coastal Rescue Authority")
	}
	if slices.Contains(aliases["Academy of Pediatrics"], "AP") {
		t.Error("the dateline's AP taken for the Academy of Pediatrics")
	}
}

// TestOppositeClaims checks that two reports that keep and lift the same
// sanctions are not counted as one fact, however many words they share.
func TestOppositeClaims(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-post.txt":  "Sanctions stay\n\nWashington will keep its economic sanctions on Norland until the Norland government dismantles its missile program.\n",
		"2-times.txt": "Norland demands\n\nThe Norland government insists that Washington lift its economic sanctions on Norland before it dismantles its missile program.\n",
	})
	for _, f := range a.facts() {
		if len(f.SupportedBy) > 1 {
			t.Errorf("one fact for opposite claims: %q supported by %v", f.Text, f.SupportedBy)
		}
	}
}

// TestSurnamesAndDemonyms checks that a surname that ends like the name of
// a people ("Norcross", "Duncan", "Moran") still names a person, while a
// people's adjective before a noun names no one.
func TestSurnamesAndDemonyms(t *testing.T) {
	tests := []struct {
		s    string
		want []string // names of the mentions found
	}{
		{"Anna Norcross, the barrister representing the company, said the ruling was wrong.", []string{"Anna Norcross"}},
		{"Brian Duncan, a farmer, lost his barn.", []string{"Brian Duncan"}},
		{"Julian Moran, 41, was hurt.", []string{"Julian Moran"}},
		{"North Korean officials said nothing.", nil},
		{"Native American leaders met on Monday.", nil},
		{"Swiss banks froze the accounts.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range sentenceMentions(1, tt.s, nil) {
			got = append(got, m.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: mentions %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestTradeNames checks that a company named after its trade is an
// organisation.
func TestTradeNames(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Fine\n\nLISK, May 4, 2025 - Tarnwell Chemicals was fined on Tuesday. Tarnwell Chemicals said it would appeal.\n",
		"2-b.txt": "Fire\n\nLISK, May 4, 2025 - A fire gutted the Caldwell Castings foundry. Caldwell Castings said nobody was hurt.\n",
		"3-c.txt": "Results\n\nLISK, May 4, 2025 - Veltrana's shares fell 4% after the results. Trains were cancelled by the state operator, Ferralis, on Friday. " +
			"Calderport Athletic beat Vennick United 2-1. The Securities and Exchange Commission, which polices securities and securities firms, said nothing.\n",
	})
	kinds := map[string]string{}
	for _, e := range a.entityList() {
		kinds[e.Name] = e.Kind
	}
	for _, name := range []string{"Tarnwell Chemicals", "Caldwell Castings", "Veltrana", "Ferralis", "Calderport Athletic", "Vennick United", "Securities and Exchange Commission"} {
		if kinds[name] != Organization {
			t.Errorf("%s: kind %q, want %q (all: %v)", name, kinds[name], Organization, kinds)
		}
	}
}

// TestPlacesNamedOnce checks that a town named once is listed when the
// words before it say it is a place: where a person is from, or where a
// journey from another place goes.
func TestPlacesNamedOnce(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Outage\n\nLISK, May 4, 2025 - Priya Hollister, 41, a teacher from Ashby, had been due to fly on Monday. " +
			"Harriet Pennick had been due to fly from Halbrook to Marrowgate for a wedding. A statement came from Meridian.\n",
	})
	kinds := map[string]string{}
	for _, e := range a.entityList() {
		kinds[e.Name] = e.Kind
	}
	for name, want := range map[string]string{"Ashby": Place, "Marrowgate": Place, "Meridian": ""} {
		if kinds[name] != want {
			t.Errorf("%s: kind %q, want %q (all: %v)", name, kinds[name], want, kinds)
		}
	}
}

// TestNamesByTheirLastWord checks the kind that the last word of a name
// gives it: a trade or a body, a feature of the land.
func TestNamesByTheirLastWord(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Leak\n\nLISK, May 4, 2025 - Tessmoor Pipelines said the leak was small. Brackenvale Buses ran a replacement service, " +
			"and the Civil Aviation Directorate opened an inquiry. Strathane Rail cancelled trains.\n",
		"2-b.txt": "Leak\n\nLISK, May 4, 2025 - Oil reached Ferrisham Marshes and the Bray Estuary by noon. Walkers on Gorran Point saw the slick, " +
			"and boats in the Greymarsh Canal were moved. Declan Marsh, 52, said he had never seen it so bad.\n",
	})
	kinds := map[string]string{}
	for _, e := range a.entityList() {
		kinds[e.Name] = e.Kind
	}
	for name, want := range map[string]string{
		"Tessmoor Pipelines": Organization, "Brackenvale Buses": Organization, "Civil Aviation Directorate": Organization,
		"Strathane Rail": Organization, "Ferrisham Marshes": Place, "Bray Estuary": Place, "Gorran Point": Place,
		"Greymarsh Canal": Place, "Declan Marsh": Person,
	} {
		if kinds[name] != want {
			t.Errorf("%s: kind %q, want %q (all: %v)", name, kinds[name], want, kinds)
		}
	}
}

func TestBodiesAndPeopleByTheirWords(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Listing\n\nLISK, May 4, 2025 - Kestrel Loom Technologies raised $640 million on Thursday. Kestrel Loom said demand was strong. " +
			"The Halvik Institute for Fiscal Studies called the budget fragile. The law firm Rennick & Shaw is gathering claims. " +
			"The Corvan Coastguard said the tanker was stable.\n",
		"2-b.txt": "Race\n\nLISK, May 4, 2025 - Miriam Adeyo won the women's race in 2:23:15. The tanker struck Tolland Reef before dawn. " +
			"Wendt pulled away from Kaleb Mursi on the last climb. Mursi held on for second. Skarland Air diverted the flight. Residents of Millbrook Lane heard the drone. The finds will go to the Vellmouth Maritime Museum.\n",
		"3-c.txt": "Crane\n\nLISK, May 4, 2025 - The crane came down at Quay 7, killing its operator, Lasse Hovland, and injuring six. " +
			"Rescuers took 30 minutes to reach Hovland in the cab. The state operator, Ferralis, said the port would reopen.\n",
		"4-d.txt": "Strike\n\nLISK, May 4, 2025 - The Northmoor Fire and Rescue Service sent crews. Members of the Municipal and Allied Workers' Union voted. " +
			"Ostmark Salvage will search the bay for the Oskarsen Line ship. Donald Trump and White House aides met.\n",
	})
	kinds := map[string]string{}
	for _, e := range a.entityList() {
		kinds[e.Name] = e.Kind
	}
	want := map[string]string{
		"Kestrel Loom Technologies":           Organization, // and "Kestrel Loom" is it
		"Halvik Institute for Fiscal Studies": Organization,
		"Rennick & Shaw":                      Organization,
		"Corvan Coastguard":                   Organization,
		"Miriam Adeyo":                        Person,
		"Tolland Reef":                        Place,
		"Skarland Air":                        Organization,
		"Millbrook Lane":                      Place,
		"Vellmouth Maritime Museum":           Organization,
		"Kaleb Mursi":                         Person,       // "Mursi held on"
		"Lasse Hovland":                       Person,       // "its operator, Lasse Hovland"
		"Ferralis":                            Organization, // "The state operator, Ferralis"
		"Northmoor Fire and Rescue Service":   Organization,
		"Municipal and Allied Workers' Union": Organization,
		"Ostmark Salvage":                     Organization,
		"Oskarsen Line":                       Organization,
		"Donald Trump":                        Person, // not "Donald Trump and White House"
	}
	for name, kind := range want {
		if kinds[name] != kind {
			t.Errorf("%s: kind %q, want %q (all: %v)", name, kinds[name], kind, kinds)
		}
	}
	if _, ok := kinds["Kestrel Loom"]; ok {
		t.Errorf("Kestrel Loom is an entity apart from Kestrel Loom Technologies: %v", kinds)
	}
}
