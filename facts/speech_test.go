package facts

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline"
	"storyline/analyze"
	"storyline/clean"
	"storyline/near"
	"storyline/read"
)

// analyseTexts builds the analysis of articles given as file name → text.
func analyseTexts(t *testing.T, files map[string]string) *analysis {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return analyseDir(t, dir)
}

// analyseDir builds the analysis of the articles in dir, read and cleaned.
func analyseDir(t *testing.T, dir string) *analysis {
	t.Helper()
	arts := readClean(t, dir)
	c := analyze.New(arts, near.Duplicates(arts))
	return newAnalysis(c, Options{})
}

// readClean reads and cleans the articles of dir; the external tests call
// it as ReadClean (export_test.go).
func readClean(t testing.TB, dir string) []*storyline.Article {
	t.Helper()
	arts, errs := read.Path(context.Background(), dir, read.Options{})
	if len(errs) > 0 || len(arts) == 0 {
		t.Fatalf("read %s: %d articles, errors %v", dir, len(arts), errs)
	}
	for _, a := range arts {
		clean.Article(a)
	}
	return arts
}

func TestSpeechPlaceDiscrepancies(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // value → article IDs; nil: none
	}{
		{
			name: "a rally in two towns",
			files: map[string]string{
				"1-a.txt": "Mayor quits\n\nVELMORA, May 3 (Tarn Wire) - The mayor of Velmora, Odile Ferrant, resigned on Friday after a row over the harbour budget.\n\nSpeaking to reporters in Velmora, Ferrant said she had lost the council's trust.\n",
				"2-b.txt": "Ferrant resigns\n\nVELMORA, May 3 - Mayor Odile Ferrant stepped down on Friday over the harbour budget.\n\nAddressing a small crowd at Lisk, her home village, Ferrant said the council had turned against her.\n",
				"3-c.txt": "Velmora mayor out\n\nVELMORA, May 3 - Odile Ferrant, mayor of Velmora, quit on Friday. The harbour budget split the council.\n\nShe told reporters in the town hall square of Velmora that she would not stand again.\n",
			},
			want: map[string][]string{"Velmora": {"1-a", "3-c"}, "Lisk": {"2-b"}},
		},
		{
			name: "what was said names the place, not where it was said",
			files: map[string]string{
				"1-a.txt": "Talks planned\n\nDARREL, June 9 - Minister Anouk Vey said she would open talks in Calden next week.\n",
				"2-b.txt": "Talks ahead\n\nDARREL, June 9 - Minister Anouk Vey said talks would be held in Marrow.\n",
			},
		},
		{
			name: "one article, two speeches",
			files: map[string]string{
				"1-a.txt": "Tour\n\nOSTEN, July 2 - Candidate Lior Abend spoke to supporters in Osten on Monday. Later he spoke to farmers in Brede.\n",
				"2-b.txt": "Tour\n\nOSTEN, July 2 - Candidate Lior Abend spoke to supporters in Osten on Monday.\n",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			ds := a.speechPlaceDiscrepancies()
			checkOnePlaceDiscrepancy(t, ds, tt.want)
		})
	}
}

func equalStrings(x, y []string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func TestEventPlaceDiscrepancies(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // value → article IDs; nil: none
	}{
		{
			name: "a crash near two villages",
			files: map[string]string{
				"1-a.txt": "Bus crash\n\nDORRA, March 4 - A bus plunged into a ravine near Velsk on Tuesday, killing nine passengers, police said.\n\nThe driver lost control on a bend, a police spokesman said.\n",
				"2-b.txt": "Nine die in bus crash\n\nDORRA, March 4 - Nine passengers were killed on Tuesday when their bus plunged into a ravine near Orlin, police said.\n\nRescue teams worked through the night.\n",
				"3-c.txt": "Bus falls into ravine\n\nDORRA, March 4 - A bus fell into a ravine near Velsk on Tuesday and nine passengers died, according to police.\n",
			},
			want: map[string][]string{"Velsk": {"1-a", "3-c"}, "Orlin": {"2-b"}},
		},
		{
			name: "two crashes a month apart",
			files: map[string]string{
				"1-a.txt": "Bus crash\n\nDORRA, March 4, 2025 - A bus plunged into a ravine near Velsk on Tuesday, killing nine passengers, police said.\n",
				"2-b.txt": "Another bus crash\n\nDORRA, April 9, 2025 - Nine passengers were killed on Tuesday when their bus plunged into a ravine near Orlin, police said.\n",
			},
		},
		{
			name: "one village",
			files: map[string]string{
				"1-a.txt": "Bus crash\n\nDORRA, March 4 - A bus plunged into a ravine near Velsk on Tuesday, killing nine passengers, police said.\n",
				"2-b.txt": "Nine die in bus crash\n\nDORRA, March 4 - Nine passengers were killed on Tuesday when their bus plunged into a ravine near Velsk, police said.\n",
			},
		},
		{
			// A building and its city are both right.
			name: "an embassy and its city",
			files: map[string]string{
				"1-a.txt": "Blast at embassy\n\nA car bomb exploded at the Varnian Embassy on Friday morning, killing four guards and wounding 30 people, officials said.\n",
				"2-b.txt": "Car bomb kills four\n\nA car bomb exploded in Castrel on Friday morning, killing four guards and wounding 30 people, officials said.\n",
			},
		},
		{
			// A site and the town it is near are both right.
			name: "a named site near a town",
			files: map[string]string{
				"1-a.txt": "Tip fire\n\nDORRA, March 4 - Firefighters battled a fire at the Ravensmoor landfill site outside Kelsworth on Sunday night, the fire service said.\n",
				"2-b.txt": "Landfill ablaze\n\nDORRA, March 4 - Firefighters battled a fire at the Ravensmoor landfill near Kelsworth on Sunday night, the fire service said.\n",
				"3-c.txt": "Smoke clears\n\nDORRA, March 6 - Firefighters battled a fire at the site near Kelsworth on Sunday night, the fire service said.\n",
			},
		},
		{
			// "this Wendmoor village" is a village in Wendmoor.
			name: "a village of a region",
			files: map[string]string{
				"1-a.txt": "Balloon down\n\nDORRA, March 4 - A balloon came down in a field outside this Wendmoor village on Saturday, police said.\n",
				"2-b.txt": "Balloon crash\n\nDORRA, March 4 - A balloon came down on farmland near Little Sedgeley on Saturday, police said.\n\nFlights over the hills in Wendmoor are popular in summer.\n",
			},
		},
		{
			name: "the host, a village of a region",
			files: map[string]string{
				"1-a.txt": "Talks venue\n\nDORRA, March 4 - The venue for the peace talks is a Wendmoor village hall, the ministry said on Tuesday.\n",
				"2-b.txt": "Talks venue named\n\nDORRA, March 4 - The venue for the peace talks is a hall in Orlin, the ministry said on Tuesday.\n\nRoads in Wendmoor are steep.\n",
			},
		},
		{
			// One report adds a place to the one all give.
			name: "a place all give and one more",
			files: map[string]string{
				"1-a.txt": "Storm\n\nASKERBY, August 17, 2025 - The weather service said a gust of 72 mph had been recorded at its Cray Hill station, about four miles from the site.\n",
				"2-b.txt": "Storm\n\nASKERBY, August 17, 2025 - The weather service said gusts reached 72 mph at Cray Hill, a few miles north of the festival site at Fellmoor Park.\n",
				"3-c.txt": "Storm\n\nASKERBY, August 18, 2025 - The weather service said gusts of 72 mph were recorded at Cray Hill, close to the site.\n",
			},
		},
		{
			// Plans for two meetings are not one event in two places.
			name: "two meetings",
			files: map[string]string{
				"1-a.txt": "Climate talks\n\nDelegates from 150 countries meet later this month in Brenn to prepare the treaty, the secretariat said on Monday.\n",
				"2-b.txt": "Treaty talks\n\nDelegates from 150 countries meet later this month to prepare the treaty for a meeting in Orlin next year, the secretariat said on Monday.\n",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			ds := a.placeDiscrepancies()
			checkOnePlaceDiscrepancy(t, ds, tt.want)
		})
	}
}

// checkOnePlaceDiscrepancy checks that ds is no discrepancy when want is
// nil, else one whose variants are want (value → article IDs).
func checkOnePlaceDiscrepancy(t *testing.T, ds []storyline.Discrepancy, want map[string][]string) {
	t.Helper()
	if want == nil {
		if len(ds) > 0 {
			t.Fatalf("got %+v, want no discrepancy", ds)
		}
		return
	}
	if len(ds) != 1 {
		t.Fatalf("got %d discrepancies %+v, want one", len(ds), ds)
	}
	got := map[string][]string{}
	for _, v := range ds[0].Variants {
		got[v.Value] = v.Sources
	}
	if len(got) != len(want) {
		t.Fatalf("variants %v, want %v", got, want)
	}
	for val, srcs := range want {
		if g := got[val]; len(g) != len(srcs) || !equalStrings(g, srcs) {
			t.Errorf("%s: sources %v, want %v", val, g, srcs)
		}
	}
}

// TestDatesOfOneEvent: a date differs only where it dates the same thing;
// the day a deal was announced is not the day of the price it is based on.
// (The planted date disagreements of testdata/stories and examples/, found
// with their sources by TestStoriesGolden and TestExamples, are the other
// side.)
func TestDatesOfOneEvent(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  bool // a date discrepancy
	}{
		{
			name: "announcement and closing price",
			files: map[string]string{
				"1-a.txt": "Deal\n\nHARLOW, Sept 8, 2025 - Brandt Mills will pay $21.40 for each Osterley share, a premium of about 18% to Osterley's closing price on Friday.\n",
				"2-b.txt": "Takeover\n\nHarlow, 08.09.2025 - Like both firms on Monday announced, Brandt Mills pays for Osterley 21.40 dollars per share.\n",
			},
			want: false,
		},
		{
			name: "one crash, two days",
			files: map[string]string{
				"1-a.txt": "Crash\n\nVELSK, March 5, 2025 - Twelve people died when a bus fell into a ravine on the Orra Pass on Tuesday, police said.\n",
				"2-b.txt": "Toll rises\n\nVELSK, March 6, 2025 - A coach carrying 30 people fell into a ravine on the Orra Pass on Wednesday, killing twelve of them, the regional police said.\n",
			},
			want: true,
		},
		{
			name: "the same words of two hearings a week apart",
			files: map[string]string{
				"1-a.txt": "Trial\n\nDARREL, March 4, 2025 - The trial of the two riders resumed on Monday in Darrel, their lawyers said.\n",
				"2-b.txt": "Trial goes on\n\nDARREL, March 11, 2025 - In Darrel the trial of the two riders resumed on Monday with new witnesses, according to their lawyers.\n",
			},
			want: false,
		},
		{
			name: "the day of an apology is not the race's",
			files: map[string]string{
				"1-a.txt": "Race\n\nCORRIN, April 14, 2025 - Seven of the leading runners in the city marathon were sent the wrong way by a marshal on Sunday, the organisers said.\n",
				"2-b.txt": "Apology\n\nCORRIN, April 14, 2025 - The organisers of the city marathon apologised on Monday after a marshal sent the leading runners the wrong way.\n",
				"3-c.txt": "Protest\n\nCORRIN, April 16, 2025 - The race director apologised on Monday after a marshal sent the leading runners of the city marathon the wrong way.\n",
			},
			want: false,
		},
		{
			name: "a wire's dateline is no event",
			files: map[string]string{
				"1-a.txt": "Talks\n\nOTTAWA, May 15, 1996 (Xinhua) -- Canadian ministers met grain farmers' leaders to discuss the rail strike.\n",
				"2-b.txt": "Talks again\n\nOTTAWA, October 14, 1997 (Xinhua) -- The leaders of the grain farmers met Canadian ministers again over the rail strike, officials said.\n",
			},
			want: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			got := false
			for _, d := range a.valueDiscrepancies() {
				if strings.HasPrefix(d.About, "date") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("date discrepancy %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFactDates: outlets that state one fact in clauses dated by one day
// each date one event, in however different words; states that lasted,
// days of what a relative clause tells and one night told from either
// side are not set against each other.
func TestTense(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"talks will begin on Wednesday", 1},
		{"the council declared an emergency on Monday", -1},
		// "will" eighteen words before the day still puts it ahead.
		{"residents will be able to question company staff and council officers at a public meeting in stannerby village hall on thursday evening", 1},
		{"the hall was opened by the mayor in front of a crowd of about two hundred people from the town on friday", -1},
	}
	for _, tt := range tests {
		low := strings.Fields(tt.s)
		i := slices.IndexFunc(low, func(w string) bool { return w == "wednesday" || w == "monday" || w == "thursday" || w == "friday" })
		if got := tense(low, i); got != tt.want {
			t.Errorf("tense(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestFactDates(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // value → article IDs; nil: no date discrepancy
	}{
		{
			name: "a find told in other words",
			files: map[string]string{
				"1-a.txt": "Fossil find\n\nKELM, October 1, 2025 - The skeleton of a marine reptile was first noticed in Orrin Quarry on September 22 by an excavator driver, the museum said.\n",
				"2-b.txt": "Reptile dug up\n\nKELM, October 1, 2025 - An excavator driver at Orrin Quarry said he spotted the reptile skeleton on the afternoon of September 29.\n",
				"3-c.txt": "Quarry fossil\n\nKELM, October 2, 2025 - The reptile skeleton was first glimpsed on Monday, September 22, in a newly exposed face of Orrin Quarry, the museum said.\n",
			},
			want: map[string][]string{"2025-09-22": {"1-a", "3-c"}, "2025-09-29": {"2-b"}},
		},
		{
			// One of the days disputed, in a sentence of its own.
			name: "a day given apart joins its side",
			files: map[string]string{
				"1-a.txt": "Fossil find\n\nKELM, October 1, 2025 - The skeleton of a marine reptile was first noticed in Orrin Quarry on September 22 by an excavator driver, the museum said.\n",
				"2-b.txt": "Reptile dug up\n\nKELM, October 1, 2025 - An excavator driver at Orrin Quarry said he spotted the reptile skeleton on the afternoon of September 29.\n",
				"3-c.txt": "Quarry fossil\n\nKELM, October 2, 2025 - Palaeontologists are digging out the marine reptile. Its bones first came to light in the quarry on September 22, the museum said.\n",
			},
			want: map[string][]string{"2025-09-22": {"1-a", "3-c"}, "2025-09-29": {"2-b"}},
		},
		{
			name: "one night told from either side",
			files: map[string]string{
				"1-a.txt": "Roof falls\n\nKELM, November 3, 2025 - The roof of the assembly hall at Kelsworth Primary School came down overnight on Sunday, the council said.\n",
				"2-b.txt": "School roof\n\nKELM, November 3, 2025 - The roof of the assembly hall at Kelsworth Primary School came down in the early hours of Monday, when the building was empty, the council said.\n",
			},
		},
		{
			// The warning's day, in a clause set off by commas, is not
			// the gust's.
			name: "a clause between commas dates what it tells",
			files: map[string]string{
				"1-a.txt": "Storm\n\nASKERBY, August 17, 2025 - The weather service, which put out a yellow warning for wind on Friday, said a gust of 72 mph had been recorded at Cray Hill.\n",
				"2-b.txt": "Storm\n\nASKERBY, August 18, 2025 - The weather service said a gust of 72 mph had been recorded at Cray Hill overnight into Sunday.\n",
				"3-c.txt": "Storm\n\nASKERBY, August 18, 2025 - A gust of 72 mph was recorded at Cray Hill on Sunday, the weather service said.\n",
			},
		},
		{
			name: "a relative clause dates what it tells",
			files: map[string]string{
				"1-a.txt": "Inquiry\n\nKELM, February 10, 2025 - Prosecutors in Ormont have opened an investigation into the fire that crippled the Brevaz chairlift on Saturday.\n",
				"2-b.txt": "Chairlift inquiry\n\nKELM, February 10, 2025 - Prosecutors in Ormont opened an investigation into the Brevaz chairlift fire on Sunday.\n",
			},
		},
		{
			name: "a day after the event",
			files: map[string]string{
				"1-a.txt": "Rockfall\n\nKELM, August 17, 2025 - Falling rock killed a climber high on the Dent de Corvaz on Saturday, police in Valdane said.\n",
				"2-b.txt": "Ridge closed\n\nKELM, August 18, 2025 - The council closed the ridge of the Dent de Corvaz on Sunday, a day after falling rock killed a climber high on the mountain.\n",
			},
		},
		{
			// The days date the find, not the recall.
			name: "a day in a long clause after 'after'",
			files: map[string]string{
				"1-a.txt": "Ale recalled\n\nKELM, October 14, 2025 - Kelm Brewery has recalled about 28,000 bottles of its amber ale after fragments of glass were found inside a bottle bought by a customer last Friday, the company said.\n",
				"2-b.txt": "Recall\n\nKELM, October 16, 2025 - The recall of the Kelm Brewery amber ale, about 28,000 bottles, was launched on Monday, the company said.\n",
			},
		},
		{
			name: "a closing day to come, after by",
			files: map[string]string{
				"1-a.txt": "Library to shut\n\nKELM, November 16, 2025 - The Pellingham Library will close on 31 January next year, the council's cabinet decided.\n",
				"2-b.txt": "Library closure\n\nKELM, November 17, 2025 - The Pellingham Library is set to close by March 31 next year, the council's cabinet decided.\n",
			},
			want: map[string][]string{"2026-01-31": {"1-a"}, "2026-03-31": {"2-b"}},
		},
		{
			name: "two plans of one fact",
			files: map[string]string{
				"1-a.txt": "March\n\nKELM, November 17, 2025 - Parliament is due to vote on the housing bill on Thursday, when campaigners plan to march again.\n",
				"2-b.txt": "Campaigners\n\nKELM, November 17, 2025 - The campaigners plan to march on the streets again on December 6, whatever the outcome of the vote on the housing bill.\n",
			},
		},
		{
			name: "a second day of it",
			files: map[string]string{
				"1-a.txt": "Port strike\n\nKELM, September 15, 2025 - Ferries between Brannock and Ardvane stopped on Monday when 420 port workers at Brannock began a strike.\n",
				"2-b.txt": "Island waits\n\nKELM, September 16, 2025 - Ferries between Brannock and Ardvane stopped for a second day on Tuesday as the strike by port workers at Brannock went on.\n",
			},
		},
		{
			name: "a state that lasted",
			files: map[string]string{
				"1-a.txt": "Cyber attack\n\nKELM, November 6, 2025 - The council's website and phone lines were hit by the ransomware attack and were still down on Wednesday afternoon.\n",
				"2-b.txt": "Council offline\n\nKELM, November 7, 2025 - The council's website and phone lines, hit by the ransomware attack, remained unavailable on Thursday morning.\n",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			var ds []storyline.Discrepancy
			for _, d := range a.valueDiscrepancies() {
				if strings.HasPrefix(d.About, "date") {
					ds = append(ds, d)
				}
			}
			checkOnePlaceDiscrepancy(t, ds, tt.want)
		})
	}
}

func TestStoryWideSlots(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		about string
		want  map[string][]string // value → article IDs; nil: no discrepancy about it
	}{
		{
			name: "an epicentre placed near two towns",
			files: map[string]string{
				"1-a.txt": "Quake\n\nORVAL, May 4, 2025 - A strong earthquake shook the Orval region on Sunday. The institute said the epicentre was near Tessel, a mining town.\n",
				"2-b.txt": "Quake\n\nORVAL, May 4, 2025 - An earthquake struck the Orval region on Sunday, damaging schools. Its epicentre lay close to Brannock, in the hills.\n",
			},
			about: "place of the epicentre",
			want:  map[string][]string{"Tessel": {"1-a"}, "Brannock": {"2-b"}},
		},
		{
			name: "a figurative epicentre places nothing",
			files: map[string]string{
				"1-a.txt": "Outbreak\n\nORVAL, May 4, 2025 - With Tessel as the epicentre, the outbreak spread fast.\n",
				"2-b.txt": "Outbreak\n\nORVAL, May 4, 2025 - Brannock became the epicentre of the outbreak last week.\n",
			},
			about: "place of the epicentre",
		},
		{
			name: "an age in apposition",
			files: map[string]string{
				"1-a.txt": "Fire\n\nLISK, May 4, 2025 - Firefighter Owen Tallis, 34, was treated for burns after the warehouse fire.\n",
				"2-b.txt": "Fire\n\nLISK, May 5, 2025 - One firefighter, Owen Tallis, 36, spent the night in hospital after the warehouse fire.\n",
			},
			about: "age of Owen Tallis",
			want:  map[string][]string{"34": {"1-a"}, "36": {"2-b"}},
		},
		{
			name: "a bare first name may be someone else",
			files: map[string]string{
				"1-a.txt": "School\n\nLISK, May 4, 2025 - Evan Marsh, 4, started school on Monday.\n",
				"2-b.txt": "School\n\nLISK, May 5, 2025 - Evan Marsh started school. Another boy, Evan, 10, helped him.\n",
			},
			about: "age of Evan Marsh",
		},
		{
			name: "a toll a month on is the same toll grown",
			files: map[string]string{
				"1-a.txt": "Fever\n\nLISK, May 4, 2025 - The fever outbreak in Lisk province has killed 12 people, health officials said on Sunday.\n",
				"2-b.txt": "Fever spreads\n\nLISK, June 6, 2025 - Health officials in Lisk province said the fever outbreak has now killed 30 people.\n",
			},
			about: "death toll",
		},
		{
			name: "tolls of one week disagree, a month later they do not",
			files: map[string]string{
				"1-a.txt": "Fever\n\nLISK, May 4, 2025 - The fever outbreak in Lisk province has killed 12 people, health officials said on Sunday.\n",
				"2-b.txt": "Fever spreads\n\nLISK, June 6, 2025 - Health officials in Lisk province said the fever outbreak has now killed 30 people.\n",
				"3-c.txt": "Fever toll\n\nLISK, June 7, 2025 - The fever has killed 33 people in Lisk province since April, according to the regional hospital board.\n",
			},
			about: "death toll",
			want:  map[string][]string{"30": {"2-b"}, "33": {"3-c"}},
		},
		{
			name: "homes destroyed, in other words",
			files: map[string]string{
				"1-a.txt": "Fire\n\nORVAL, August 10, 2025 - A wildfire tore through the hills overnight, destroying 27 houses, officials said.\n",
				"2-b.txt": "Fire\n\nORVAL, August 11, 2025 - The blaze has now razed 35 homes in the hills, the regional government said.\n",
			},
			about: "number of houses destroyed",
			want:  map[string][]string{"27": {"1-a"}, "35": {"2-b"}},
		},
		{
			name: "a party",
			files: map[string]string{
				"1-a.txt": "Vote\n\nLISK, May 19, 2025 - Her rival, Tobias Wrenfield of the Liberal Federation, conceded on Monday.\n",
				"2-b.txt": "Vote\n\nLISK, May 20, 2025 - Her defeated opponent, Tobias Wrenfield of the Citizens' Party, said he would stay on the council.\n",
			},
			about: "party or body of Tobias Wrenfield",
			want:  map[string][]string{"Liberal Federation": {"1-a"}, "Citizens' Party": {"2-b"}},
		},
		{
			name: "where a fire started",
			files: map[string]string{
				"1-a.txt": "Fire\n\nORVAL, August 10, 2025 - The fire broke out on Saturday in dry scrubland near the village of Ovelda, firefighters said.\n",
				"2-b.txt": "Fire\n\nORVAL, August 10, 2025 - The blaze started on Saturday close to the hamlet of Santa Leira, officials said on Sunday.\n",
			},
			about: "place where it started",
			want:  map[string][]string{"Ovelda": {"1-a"}, "Santa Leira": {"2-b"}},
		},
		{
			name: "where a blackout began, before 'where' and at a fault",
			files: map[string]string{
				"1-a.txt": "Blackout\n\nBRACKENFORD, November 18, 2025 - Homes lost power after a fault at the Hollins Cross substation, north of the city.\n",
				"2-b.txt": "Blackout\n\nBRACKENFORD, November 19, 2025 - Engineers were at the Darrow Fen substation, on the city's eastern edge, where Monday's blackout began.\n",
			},
			about: "place where it started",
			want:  map[string][]string{"Hollins Cross": {"1-a"}, "Darrow Fen": {"2-b"}},
		},
		{
			name: "a pay rise for next year",
			files: map[string]string{
				"1-a.txt": "Strike\n\nLORVAINE, October 14, 2025 - Members voted to turn down a 3.5 per cent rise that the operator had offered for next year.\n",
				"2-b.txt": "Strike\n\nLORVAINE, October 14, 2025 - Workers rejected the operator's offer of a 4% pay increase for next year.\n",
			},
			about: "size of the rise",
			want:  map[string][]string{"3.5%": {"1-a"}, "4%": {"2-b"}},
		},
		{
			name: "a crowd by its size and by those who took part",
			files: map[string]string{
				"1-a.txt": "March\n\nVELMORA, November 15, 2025 - Police put the size of the crowd at 8,000 on Saturday.\n",
				"2-b.txt": "March\n\nVELMORA, November 16, 2025 - The organisers said 25,000 people had filled the streets of the capital.\n",
			},
			about: "size of the crowd",
			want:  map[string][]string{"8,000": {"1-a"}, "25,000": {"2-b"}},
		},
		{
			name: "an outbreak's cases",
			files: map[string]string{
				"1-a.txt": "Measles\n\nBRANNOCK, April 8, 2025 - The outbreak has grown to 212 confirmed cases, officials said on Tuesday.\n",
				"2-b.txt": "Measles\n\nBRANNOCK, April 9, 2025 - Figures released on Tuesday showed the outbreak had reached 240 confirmed cases in the region.\n",
			},
			about: "number of cases",
			want:  map[string][]string{"212": {"1-a"}, "240": {"2-b"}},
		},
		{
			name: "a quarter's profit",
			files: map[string]string{
				"1-a.txt": "Results\n\nKESSMUND, October 23, 2025 - Net profit for July to September was €412 million, the group said.\n",
				"2-b.txt": "Results\n\nKESSMUND, October 23, 2025 - The group earned €398 million in the three months to September.\n",
			},
			about: "value of the profit",
			want:  map[string][]string{"€412 million": {"1-a"}, "€398 million": {"2-b"}},
		},
		{
			name: "passengers on board, and none of them hurt",
			files: map[string]string{
				"1-a.txt": "Landing\n\nORVENNA, August 13, 2025 - None of the 186 passengers or the seven crew was hurt when the plane landed at Hestwick Airport.\n",
				"2-b.txt": "Landing\n\nORVENNA, August 13, 2025 - An airliner with 192 passengers on board came down safely at Saltmere Airport on Wednesday.\n",
			},
			about: "number on board",
			want:  map[string][]string{"186": {"1-a"}, "192": {"2-b"}},
		},
		{
			name: "where a flight came down",
			files: map[string]string{
				"1-a.txt": "Landing\n\nORVENNA, August 13, 2025 - The jet made an emergency landing at Hestwick Airport on Wednesday morning, the airline said.\n",
				"2-b.txt": "Landing\n\nORVENNA, August 13, 2025 - Travellers on the flight that was forced down at Saltmere Airport on Wednesday spoke of a jolt.\n",
			},
			about: "place where it landed",
			want:  map[string][]string{"Hestwick Airport": {"1-a"}, "Saltmere Airport": {"2-b"}},
		},
		{
			name: "a debate and the session that held it",
			files: story(
				"Councillors approved the budget on Thursday after an eight-hour debate at County Hall.",
				"After 11 hours of argument on Thursday, the council voted the budget through.",
			),
			about: "length of the debate",
			want:  map[string][]string{"8 hours": {"1-a"}, "11 hours": {"2-b"}},
		},
		{
			// The verb that says where, not the one that does not; the
			// airport a flight came from.
			name: "where a diverted flight went",
			files: map[string]string{
				"1-a.txt": "Fog\n\nFENNICK, December 3, 2025 - Among the diverted aircraft was flight SR218 from Porto Lemos, which put down at Ostcastle Airport.\n",
				"2-b.txt": "Fog\n\nFENNICK, December 4, 2025 - Flight SR218 from Porto Lemos was redirected to Marlby International Airport.\n",
				"3-c.txt": "Fog\n\nFENNICK, December 4, 2025 - Among the diverted flights was SR218 from Porto Lemos, which ended up at Marlby International Airport.\n",
			},
			about: "place where it landed",
			want:  map[string][]string{"Ostcastle Airport": {"1-a"}, "Marlby International Airport": {"2-b", "3-c"}},
		},
		{
			// A fire on a ship under way: its name, and the ends of its
			// route, are no place where the fire started.
			name: "a fire on a ferry named like a place",
			files: map[string]string{
				"1-a.txt": "Ferry\n\nPORT ALDWICK, August 9, 2025 - A fire broke out in the engine room of the passenger ferry Merrin Bay on Saturday morning.\n",
				"2-b.txt": "Ferry\n\nPORT ALDWICK, August 11, 2025 - The fire broke out in Tollan harbour on Saturday, the coastguard said.\n",
			},
			about: "place where it started",
		},
		{
			name: "a fire on a ferry on its route",
			files: map[string]string{
				"1-a.txt": "Ferry\n\nPORT ALDWICK, August 9, 2025 - The ferry lost power after a fire broke out below decks during Saturday's crossing from Port Aldwick to Tollan.\n",
				"2-b.txt": "Ferry\n\nPORT ALDWICK, August 11, 2025 - The fire broke out in Kessling harbour on Saturday, the coastguard said.\n",
			},
			about: "place where it started",
		},
		{
			name: "diverted from one airport to another",
			files: map[string]string{
				"1-a.txt": "Fog\n\nFENNICK, December 3, 2025 - The flight was diverted from Fennick Airport to Ostcastle Airport.\n",
				"2-b.txt": "Fog\n\nFENNICK, December 4, 2025 - The flight landed at Marlby International Airport after the fog closed Fennick.\n",
			},
			about: "place where it landed",
			want:  map[string][]string{"Ostcastle Airport": {"1-a"}, "Marlby International Airport": {"2-b"}},
		},
		{
			// The airport is in the town it is named after.
			name: "an airport and its town",
			files: map[string]string{
				"1-a.txt": "Landing\n\nORVENNA, August 13, 2025 - The jet made an emergency landing at Hestwick Airport on Wednesday morning, the airline said.\n",
				"2-b.txt": "Landing\n\nORVENNA, August 13, 2025 - Travellers on the flight that was forced down at Hestwick on Wednesday spoke of a jolt.\n",
				"3-c.txt": "Landing\n\nORVENNA, August 13, 2025 - The plane landed at Saltmere Airport after the engine failed.\n",
			},
			about: "place where it landed",
			want:  map[string][]string{"Hestwick Airport": {"1-a", "2-b"}, "Saltmere Airport": {"3-c"}},
		},
		{
			name: "a prison term and the sum taken",
			files: map[string]string{
				"1-a.txt": "Fraud\n\nLARKFIELD, September 26, 2025 - The founder of a solar fund was sent to prison for seven years on Friday for defrauding investors of $14 million.\n",
				"2-b.txt": "Fraud\n\nLARKFIELD, September 26, 2025 - A judge jailed Corvin Adelsberg, the founder of Halvane Capital, for eight years, calling the fraud cynical.\n",
			},
			about: "length of the sentence",
			want:  map[string][]string{"7 years": {"1-a"}, "8 years": {"2-b"}},
		},
		{
			// A wing held at a prison is no prison term.
			name: "a prison named, no term",
			files: map[string]string{
				"1-a.txt": "Riot\n\nHALBROOK, August 18, 2025 - Around 80 prisoners took over a wing at Carrowmere Prison on Sunday, holding it for nine hours.\n",
				"2-b.txt": "Riot\n\nHALBROOK, August 20, 2025 - A wing of Carrowmere Prison that was taken over by inmates on Sunday will remain closed for at least three months.\n",
			},
			about: "length of the sentence",
		},
		{
			// How long a place stays shut, however the outlets say it.
			name: "a closure's length",
			files: map[string]string{
				"1-a.txt": "Pier\n\nKESTLEWICK, October 20, 2025 - The pier was closed on Monday. Its owners said it would stay shut for at least eight months, the town was told.\n",
				"2-b.txt": "Pier\n\nKESTLEWICK, October 21, 2025 - Traders were told on Tuesday that the closure would last 14 months, a blow to the resort.\n",
				"3-c.txt": "Pier\n\nKESTLEWICK, October 21, 2025 - Engineers said the storm-hit pier would not reopen for 14 months.\n",
				"4-d.txt": "Pier\n\nKESTLEWICK, October 22, 2025 - The owners expect the pier to reopen in eight months if the weather allows.\n",
			},
			about: "length of the closure",
			want:  map[string][]string{"8 months": {"1-a", "4-d"}, "14 months": {"2-b", "3-c"}},
		},
		{
			name: "a closure's length after up to",
			files: map[string]string{
				"1-a.txt": "Road\n\nCRADLEWICK, September 16, 2025 - The sewer collapse has shut the road for up to 10 weeks, engineers said.\n",
				"2-b.txt": "Road\n\nCRADLEWICK, September 18, 2025 - The council said the road would be closed for six weeks.\n",
			},
			about: "length of the closure",
			want:  map[string][]string{"10 weeks": {"1-a"}, "6 weeks": {"2-b"}},
		},
		{
			name: "a closure's length after what could be",
			files: map[string]string{
				"1-a.txt": "Road\n\nCRADLEWICK, September 16, 2025 - The collapse closed the road for what could be as long as 10 weeks.\n",
				"2-b.txt": "Road\n\nCRADLEWICK, September 18, 2025 - The council said the road would be closed for six weeks.\n",
			},
			about: "length of the closure",
			want:  map[string][]string{"10 weeks": {"1-a"}, "6 weeks": {"2-b"}},
		},
		{
			// Spectators treated are some of the crowd.
			name: "spectators treated",
			files: map[string]string{
				"1-a.txt": "Show\n\nPENMARROW, August 23, 2025 - A crowd of about 40,000 watched the display on the beach.\n",
				"2-b.txt": "Show\n\nPENMARROW, August 24, 2025 - Paramedics treated seven spectators at the scene for cuts caused by debris.\n",
			},
			about: "size of the crowd",
		},
		{
			// Six weeks are a month and a half.
			name: "a closure's length in weeks and months",
			files: map[string]string{
				"1-a.txt": "Street\n\nCRESSFORD, March 3, 2025 - The council said Saddler Street would stay shut for at least six weeks.\n",
				"2-b.txt": "Street\n\nCRESSFORD, March 4, 2025 - The road will remain closed for at least a month and a half while the void is filled.\n",
			},
			about: "length of the closure",
		},
		{
			name: "people rescued, in other words",
			files: map[string]string{
				"1-a.txt": "Ferry\n\nLENHOLM, June 15, 2025 - By dawn rescuers had brought 211 people ashore at Lenholm, the coastguard said.\n",
				"2-b.txt": "Ferry\n\nLENHOLM, June 15, 2025 - Lifeboats and helicopters rescued 198 passengers from the sea overnight.\n",
			},
			about: "number of people rescued",
			want:  map[string][]string{"211": {"1-a"}, "198": {"2-b"}},
		},
		{
			name: "the same two days in another order",
			files: map[string]string{
				"1-a.txt": "Ferry\n\nLENHOLM, June 15, 2025 - Searchers were scouring the sea off Vessary Island on Sunday after the ferry went down late on Saturday night.\n",
				"2-b.txt": "Ferry\n\nLENHOLM, June 15, 2025 - The ferry went down off Vessary Island late on Saturday, and searchers were scouring the sea on Sunday.\n",
			},
			about: "date",
		},
		{
			// Storeys and floors are one count of a building's height.
			name: "storeys and floors",
			files: map[string]string{
				"1-a.txt": "Hall\n\nLISK, May 4, 2025 - Engineers surveying the 12-storey block found cracks.\n",
				"2-b.txt": "Hall\n\nLISK, May 4, 2025 - The hall, which rises a dozen floors above the road, is empty.\n",
				"3-c.txt": "Hall\n\nLISK, May 4, 2025 - Students left the 14-storey hall on Tuesday.\n",
			},
			about: "number of storeys",
			want:  map[string][]string{"12": {"1-a", "2-b"}, "14": {"3-c"}},
		},
		{
			// What might have been is no figure of the story.
			name: "a condition",
			files: map[string]string{
				"1-a.txt": "Canopy\n\nOSTMERE, November 12, 2025 - The canopy fell on Tuesday.\n\nA driver said he had left the bay seconds before. \"I saw it fall,\" he said. \"If I'd been running a minute late, there would have been a full bus under it.\"\n",
				"2-b.txt": "Canopy\n\nOSTMERE, November 13, 2025 - The canopy fell on Tuesday.\n\nThe operator said the buses were coping, though some routes were running up to ten minutes late.\n",
			},
			about: "length of the late",
		},
		{
			name: "a magnitude",
			files: map[string]string{
				"1-a.txt": "Quake\n\nORVAL, May 4, 2025 - A magnitude 6.1 earthquake shook the region on Sunday, the institute said.\n",
				"2-b.txt": "Quake\n\nORVAL, May 4, 2025 - The monitoring centre put the magnitude of Sunday's quake at 6.4.\n",
			},
			about: "magnitude",
			want:  map[string][]string{"6.1": {"1-a"}, "6.4": {"2-b"}},
		},
		{
			name: "a fine",
			files: map[string]string{
				"1-a.txt": "Fine\n\nLISK, May 4, 2025 - Tarn Chemicals was fined £4.5 million at the High Court on Tuesday.\n",
				"2-b.txt": "Fine\n\nLISK, May 4, 2025 - Tarn Chemicals will appeal against a £4.2m fine imposed on Tuesday.\n",
			},
			about: "value of the fine",
			want:  map[string][]string{"£4.5 million": {"1-a"}, "£4.2 million": {"2-b"}}, // one form however written
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			var ds []storyline.Discrepancy
			for _, d := range a.discrepancies() {
				if d.About == tt.about {
					ds = append(ds, d)
				}
			}
			checkOnePlaceDiscrepancy(t, ds, tt.want)
		})
	}
}

func TestQuoteSpeakers(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Quake\n\nORVAL, May 4, 2025 - Ines Varga, a seismologist, said the fault had been quiet.\n\n" +
			"\"Over 200 aftershocks in a day is what we expect after a shock of this size,\" she told reporters in Kessford.\n\n" +
			"\"We will reopen the schools when they are safe,\" said Mayor Tomas Brell.\n",
		"2-b.txt": "Quake\n\nORVAL, May 4, 2025 - An earthquake shook Kessford and Orval on Sunday.\n",
	})
	got := map[string]string{}
	for _, q := range a.quotes() {
		got[q.Text[:10]] = q.Speaker
	}
	want := map[string]string{"Over 200 a": "Ines Varga", "We will re": "Tomas Brell"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("quote %q…: speaker %q, want %q (all %v)", k, got[k], v, got)
		}
	}
}

// TestTimelineOneDay checks that reports of one day's event in different
// words make one row, and that reports giving it different tolls do not.
func TestTimelineOneDay(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Quake\n\nORVAL, October 12, 2025 - Nine people were killed when a magnitude 6.1 earthquake shook the Hollin Valley before dawn on Sunday, bringing down old stone houses and cutting power to thousands of families, officials said.\n",
		"2-b.txt": "Quake\n\nORVAL, October 13, 2025 - Rescue teams worked through the night in Dunmere after the earthquake that struck the valley on Sunday killed nine people, the civil protection office said.\n",
		"3-c.txt": "Quake\n\nORVAL, October 13, 2025 - Officials confirmed 11 dead on Monday from the earthquake that struck the Hollin Valley early on Sunday.\n",
	})
	var rows [][]string
	for _, e := range a.timeline() {
		if e.Date == "2025-10-12" {
			rows = append(rows, e.Sources)
		}
	}
	if len(rows) != 2 || !slices.Equal(rows[0], []string{"1-a", "2-b"}) || !slices.Equal(rows[1], []string{"3-c"}) {
		t.Errorf("rows of 2025-10-12: %v, want [1-a 2-b] and [3-c]", rows)
	}
}

func TestLocatedPlaces(t *testing.T) {
	a := analyseTexts(t, map[string]string{
		"1-a.txt": "Talks\n\nLISK, May 4, 2025 - The talks will be held in Geneva next week. " +
			"The court held Tarn Chemicals responsible for the spill near Fennick. " +
			"Officials said Geneva could host the next round. " +
			"No author can hold a right to every text written in Quenya or in Sindarin. " +
			"Fans in Geneva built a web site about the talks.\n",
		"2-b.txt": "Talks\n\nLISK, May 4, 2025 - Geneva and Lausanne both offered to host. Fennick is a village.\n",
	})
	want := map[string][]string{
		"held in Geneva": {"Geneva"},
		"held Tarn":      nil,
		"could host":     {"Geneva"},
		"web site":       nil,
		"hold a right":   nil,
	}
	for i, s := range a.c.Sents {
		for cue, places := range want {
			if !strings.Contains(s.Text, cue) {
				continue
			}
			got, _ := a.locatedPlaces(i)
			if !slices.Equal(got, places) {
				t.Errorf("%q: places %q, want %q", s.Text, got, places)
			}
		}
	}
}

func TestDatesEventClause(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		// The warning's day, in a clause set off by commas, is not the
		// day of what the sentence tells.
		{"The weather service, which put out a yellow warning for wind on Friday, said a gust had been recorded.", false},
		{"The weather service, which is run by the state, recorded a gust of 72 mph at Cray Hill on Sunday.", true},
		{"A gust of 72 mph was recorded at Cray Hill on Sunday.", true},
	}
	for _, tt := range tests {
		a := analyseTexts(t, map[string]string{"1-a.txt": "Storm\n\nASKERBY, August 18, 2025 - The festival closed.\n\n" + tt.sent + "\n"})
		i := len(a.c.Sents) - 1
		ds := a.dates(i)
		if len(ds) == 0 {
			t.Fatalf("%q: no date read", tt.sent)
		}
		if got := a.datesEvent(i, 0, len(a.c.Sents[i].Text), ds[0]); got != tt.want {
			t.Errorf("datesEvent(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}
