package facts

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestClockTimes(t *testing.T) {
	tests := []struct {
		sent string
		want []string
	}{
		{"The ship struck the reef at 3.40 a.m. on Sunday.", []string{"03:40"}},
		{"Trading began at 11.20am and the first deal crossed at 12:05 p.m.", []string{"11:20", "12:05"}},
		{"The flight left at 09:40 and landed shortly after 11 a.m.", []string{"09:40", "11:00"}},
		{"It gave way just after seven in the morning.", []string{"07:00"}},
		{"The slope gave way at half past three in the morning.", []string{"03:30"}},
		{"They met at a quarter to seven in the evening.", []string{"18:45"}},
		{"The alarm sounded at 9 in the evening.", []string{"21:00"}},
		{"The bell rang at 12 a.m.", []string{"00:00"}},
		{"The main burst at ten to five on Tuesday morning.", []string{"04:50"}},
		{"The roof fell at twenty past six in the evening.", []string{"18:20"}},
		// Without a part of the day, minutes in words tell no time.
		{"The score stood at ten to five at the break.", nil},
		// A race time, a score, a decimal and a bare number are no times.
		{"He won in 2:06:48 after a 2-1 lead, with 3.40 to spare and 7 left.", nil},
		{"The ratio was 10:15 in the end.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			a := analyseTexts(t, map[string]string{"1-a.txt": "Title\n\nKELM, May 4, 2025 - " + tt.sent + "\n"})
			var got []string
			for i := range a.c.Sents {
				for _, q := range a.clockTimes(i) {
					got = append(got, formatClock(q.Value))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// story writes articles of one story, each a title and a body dated
// May 4, 2025, as file name → text.
func story(bodies ...string) map[string]string {
	files := map[string]string{}
	for i, b := range bodies {
		id := string(rune('1'+i)) + "-" + string(rune('a'+i))
		files[id+".txt"] = "Report " + id + "\n\nKELM, May 4, 2025 - " + b + "\n"
	}
	return files
}

// valueVariants returns the discrepancies that valueDiscrepancies finds,
// each as value → article IDs, keyed by what they are about.
func valueVariants(t *testing.T, files map[string]string) map[string]map[string][]string {
	t.Helper()
	a := analyseTexts(t, files)
	out := map[string]map[string][]string{}
	for _, d := range a.valueDiscrepancies() {
		m := map[string][]string{}
		for _, v := range d.Variants {
			m[v.Value] = v.Sources
		}
		out[d.About] = m
	}
	return out
}

// hasVariants reports whether one of ds gives exactly the values of want,
// each from its articles.
func hasVariants(ds map[string]map[string][]string, want map[string][]string) bool {
	for _, got := range ds {
		if len(got) != len(want) {
			continue
		}
		ok := true
		for v, ids := range want {
			if !slices.Equal(got[v], ids) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// checkValues checks that valueDiscrepancies finds want (value → article
// IDs) in files, or nothing when want is nil.
func checkValues(t *testing.T, files map[string]string, want map[string][]string) {
	t.Helper()
	ds := valueVariants(t, files)
	if want == nil {
		if len(ds) > 0 {
			t.Errorf("got %v, want none", ds)
		}
		return
	}
	if !hasVariants(ds, want) {
		t.Errorf("got %v, want %v", ds, want)
	}
}

func TestAlignedFigures(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // nil: no discrepancy at all
	}{
		{
			name: "tonnes spilled in other words",
			files: story(
				"About 1,800 tonnes of crude have escaped from the stricken carrier Varna, the coastguard said.",
				"Around 1,200 tonnes of crude have since leaked from the Varna's torn hull, officials said.",
				"Some 1,200 tonnes of crude have leaked into the bay from the Varna so far.",
			),
			want: map[string][]string{"1,800 tonnes": {"1-a"}, "1,200 tonnes": {"2-b", "3-c"}},
		},
		{
			name: "times of one grounding",
			files: story(
				"The Varna hit the Skell reef at about 5:15 a.m. while heading for port.",
				"The Varna ran aground on the Skell reef at 3.40 a.m., the harbour office said.",
			),
			want: map[string][]string{"05:15": {"1-a"}, "03:40": {"2-b"}},
		},
		{
			name: "an article that gives both figures disagrees with no one",
			files: story(
				"The shares were priced at $22 apiece and opened at $27.50 on the exchange.",
				"The stock opened at $27.50 a share on the exchange after the offer.",
			),
		},
		{
			name: "a least and a figure above it may both be right",
			files: story(
				"The nine hostages were held at gunpoint in the Tanner's Row branch for more than 18 hours.",
				"The hostages were held at gunpoint in the Tanner's Row branch for 24 hours in all.",
			),
		},
		{
			name: "an approximate time minutes from an exact one",
			files: story(
				"The three robbers walked out of the branch and surrendered just before 6 a.m. on Wednesday.",
				"The three robbers walked out of the branch and surrendered at 5:50 a.m. on Wednesday.",
			),
		},
		{
			name: "a line suspended, halted or closed",
			files: story(
				"The authority said services on Line 4 between Central and Eastgate would be suspended for three days.",
				"The authority has halted Line 4 for 72 hours, with buses replacing trams to Eastgate.",
				"Investigators warned that the line would remain closed for five days at least.",
			),
			want: map[string][]string{"3 days": {"1-a", "2-b"}, "5 days": {"3-c"}},
		},
		{
			name: "the start of an event is no time of its end",
			files: story(
				"The alarm was raised at 1:20 a.m. when a nurse saw smoke in the store room. The blaze was under control shortly before 4 a.m., the fire service said.",
				"The fire service received the first emergency call at 2:05 a.m. and sent a dozen engines.",
				"The alarm was raised at 01:20 after smoke was spotted in the store room.",
			),
			want: map[string][]string{"01:20": {"1-a", "3-c"}, "02:05": {"2-b"}},
		},
		{
			name: "a prize called a purse",
			files: story(
				"The Golden Gull award carries a cash prize of €60,000.",
				"The Golden Gull comes with 50,000 euros in prize money for the winner.",
				"The winner, picked from entries from 12 countries, takes home a purse of 60,000 euros.",
			),
			want: map[string][]string{"€60,000": {"1-a", "3-c"}, "€50,000": {"2-b"}},
		},
		{
			name: "things counted under another name",
			files: story(
				"The jury, led by the actress Ingrid Lavalle, chose the film from 21 titles in the main competition.",
				"Eighteen films had been in contention for the Golden Gull, which comes with a cash prize.",
				"The film was one of 18 titles, drawn from a dozen countries, competing for the Golden Gull.",
				"It was the pick of the jurors, headed by actress Ingrid Lavalle, from a 21-strong competition line-up.",
			),
			want: map[string][]string{"21": {"1-a", "4-d"}, "18": {"2-b", "3-c"}},
		},
		{
			name: "members of a group counted by its name",
			files: story(
				"A syndicate of 23 workers at the Corriston glassworks has won the record jackpot.",
				"The record jackpot was won by a syndicate of 27 colleagues at the glassworks.",
				"Word spread overnight that a 23-strong syndicate of the factory's staff held the ticket.",
				"Most of the 27 members of the factory syndicate that won the jackpot will stay on.",
			),
			want: map[string][]string{"23": {"1-a", "3-c"}, "27": {"2-b", "4-d"}},
		},
		{
			name: "parts of one group in other words",
			files: story(
				"The bridge was closed after inspectors discovered cracks in three of its nine concrete piers.",
				"Engineers said fractures had been found in five of the piers that hold the bridge up.",
				"Cracking has now been confirmed on three of the bridge's nine piers, the engineer said.",
				"Inspectors had found fissures in five of its nine support piers, officials said.",
			),
			want: map[string][]string{"3": {"1-a", "3-c"}, "5": {"2-b", "4-d"}},
		},
		{
			name: "some of a country's universities",
			files: story(
				"Lecturers at 14 universities walked out on Monday at the start of a strike.",
				"Academic staff at 16 universities stayed away on Tuesday as the strike went on.",
				"The stoppage began on Monday and affects 14 of the country's universities, Ellesford Metropolitan and nearby Castlebrae among them.",
				"The minister will meet union leaders to end a strike by lecturers at sixteen universities.",
			),
			want: map[string][]string{"14": {"1-a", "3-c"}, "16": {"2-b", "4-d"}},
		},
		{
			name: "weeks shown as weeks",
			files: story(
				"The school will stay closed for a fortnight after its roof caved in, officials said.",
				"The school is now expected to stay shut for three weeks after the roof caved in.",
			),
			want: map[string][]string{"2 weeks": {"1-a"}, "3 weeks": {"2-b"}},
		},
		{
			name: "jobs cut and redundancies planned",
			files: story(
				"Kestrava Software said on Tuesday it would cut 1,150 jobs and close its office in Dunsmere.",
				"Shares rose after the group said it would eliminate 1,300 jobs and shut its Dunsmere site.",
				"In all, 1,150 redundancies are planned across the company, which makes payroll software.",
			),
			want: map[string][]string{"1,150": {"1-a", "3-c"}, "1,300": {"2-b"}},
		},
		{
			name: "one time is tied to another by its likest match",
			files: story(
				"The barrier was ordered shut at 8:30 p.m. as winds drove the tide up the estuary. The log shows water spilling over the quay wall at 10:50 p.m.",
				"The surge topped the harbour wall at around 11:35 p.m., witnesses said, and water quickly filled the streets.",
				"The authority confirmed that the order to close the barrier was given at 8:30 p.m., but its central gate jammed.",
				"A timeline released by the authority shows the sea came over the quay wall at 22:50, two hours after operators first tried to close the barrier's central gate.",
			),
			want: map[string][]string{"22:50": {"1-a", "4-d"}, "23:35": {"2-b"}},
		},
		{
			name: "a repair bill and the cost of the damage",
			files: story(
				"Rafferty put the cost of the damage at £3.8 million, and said the wing would stay closed.",
				"The infirmary faces a repair bill of some £6 million after fire swept through the wing.",
				"Dr Imogen Rafferty estimated the damage at 3.8 million pounds on Thursday.",
			),
			want: map[string][]string{"£3.8 million": {"1-a", "3-c"}, "£6 million": {"2-b"}},
		},
		{
			name: "bags and pieces of luggage",
			files: story(
				"Some 7,400 bags failed to make it onto their flights after the sorting system broke down.",
				"A software failure meant 9,200 pieces of checked luggage were left behind on Friday.",
				"The failure left an estimated 9,200 items of checked luggage stranded at the airport.",
			),
			want: map[string][]string{"7,400": {"1-a"}, "9,200": {"2-b", "3-c"}},
		},
		{
			name: "a length before a clause",
			files: map[string]string{
				"1-a.txt": "Report\n\nTOLLCASTER, November 22, 2025 - The system was out of action for nine hours before engineers managed to bring it back.\n",
				"2-b.txt": "Report\n\nTOLLCASTER, November 23, 2025 - The system was out of action for 13 hours, until engineers brought it back.\n",
			},
			want: map[string][]string{"9 hours": {"1-a"}, "13 hours": {"2-b"}},
		},
		{
			name: "days a week are how often",
			files: story(
				"Season tickets for hybrid workers who travel two or three days a week will be frozen.",
				"Flexible tickets are meant for those who commute five days a week, the ministry said.",
			),
		},
		{
			name: "a small scheme and a large one",
			files: story(
				"For the fleet, the government has offered a compensation scheme worth £60 million.",
				"The minister gave the go-ahead on Tuesday to the £3.4 billion scheme off the coast.",
			),
		},
		{
			name: "how often is not how long",
			files: story(
				"Drivers face a detour the authority said could add half an hour to journeys.",
				"The shuttle buses will run every 20 minutes on the detour, the authority said.",
			),
		},
		{
			name: "spotted, sighted and seen first",
			files: story(
				"A woman walking her dog saw the first whales at 6:10 a.m. on Sunday and called the coastguard.",
				"Rescuers said the stranded animals were spotted at about 7:30 a.m. as the tide went out past the harbour wall.",
				"The pod was first sighted at 06:10 on Sunday by a dog walker.",
			),
			want: map[string][]string{"06:10": {"1-a", "3-c"}, "07:30": {"2-b"}},
		},
		{
			name: "a rounded figure is no other figure",
			files: story(
				"The turnout in the northern district reached 29.6% of registered voters on Sunday.",
				"The turnout in the northern district reached 29% of registered voters on Sunday.",
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkValues(t, tt.files, tt.want) })
	}
}

func TestNounSlots(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string
	}{
		{
			name: "paintings taken, with and without a verb",
			files: story(
				"Thieves broke into the Arlen museum overnight and escaped with five paintings.",
				"Four paintings worth millions have been stolen from the Arlen museum, its director said.",
				"The gang that took five paintings from the Arlen museum came in through the roof.",
			),
			want: map[string][]string{"5": {"1-a", "3-c"}, "4": {"2-b"}},
		},
		{
			name: "one thing in two words, counted by different outlets",
			files: story(
				"The maker is recalling 14 batches of the tablets from pharmacies.",
				"The maker has recalled 17 batches of the tablets from pharmacies.",
				"In all, 14 lots of the medicine are affected, the regulator said.",
				"The regulator listed 17 lots of the medicine on its website.",
			),
			want: map[string][]string{"14": {"1-a", "3-c"}, "17": {"2-b", "4-d"}},
		},
		{
			name: "a figure far from the others counts another thing",
			files: story(
				"The carmaker will close its Tessingen plant, cutting 2,400 jobs by the end of 2027.",
				"Closing the Tessingen plant will eliminate 2,700 jobs at the carmaker, with 1,000 further jobs at risk at suppliers.",
			),
			want: map[string][]string{"2,400": {"1-a"}, "2,700": {"2-b"}},
		},
		{
			name: "houses destroyed and houses damaged are two counts",
			files: story(
				"The storm destroyed 30 houses along the coast road.",
				"The storm damaged 40 houses along the coast road.",
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkValues(t, tt.files, tt.want) })
	}
}

func TestTitlePhrases(t *testing.T) {
	tests := []struct {
		sent, name, want string
	}{
		{"said Ilse Marrow, the harbour master at Port Kell.", "Ilse Marrow", "harbour master"},
		{"Ilse Marrow, deputy port director at Port Kell, told reporters the cost would rise.", "Ilse Marrow", "deputy port director"},
		{"Port Kell's harbour master, Ilse Marrow, said the port was closed.", "Ilse Marrow", "harbour master"},
		{"said Anne Dorval, the rescue service's deputy head, on Sunday.", "Anne Dorval", "deputy head"},
		{"Anne Dorval, the deputy director of the region's civil protection agency, said roads were shut.", "Anne Dorval", "deputy director"},
		{"Anne Dorval, who heads the valley's rescue service, said the search went on.", "Anne Dorval", "head"},
		{"The race will move, race director Anne Dorval said on Monday.", "Anne Dorval", "race director"},
		{"The firm will pay, according to its chief operating officer, Hanne Veldt.", "Hanne Veldt", "chief operating officer"},
		// A verb before the title is no part of it.
		{"The new schedule was announced yesterday by director Hanne Veldt.", "Hanne Veldt", "director"},
		{"Hanne Veldt, the man who found the frames, said he ran.", "Hanne Veldt", ""},
		{"Niamh Corr, a chief superintendent who led the operation, praised the team.", "Niamh Corr", "chief superintendent"},
		{"Assistant Chief Constable Niamh Corr spoke at the cordon.", "Niamh Corr", "assistant chief constable"},
		{"said Ferran Ades, a senior epidemiologist with the authority.", "Ferran Ades", "senior epidemiologist"},
		{"Halvane Seafoods confirmed it. Ruth Ell, its operations director, said staff were shocked.", "Ruth Ell", "operations director"},
		{"Roderick Penn, the Rovers chairman, was in reflective mood.", "Roderick Penn", "rovers chairman"},
		{"Hanne Molv, the senior hydrologist at the agency, said the river would fall.", "Hanne Molv", "senior hydrologist"},
		{"Hanne Molv, the authority's head of safety, said engineers were checking.", "Hanne Molv", "head of safety"},
		{"Hanne Molv, who is head of safety at the authority, told a committee the line was shut.", "Hanne Molv", "head of safety"},
		{"Hanne Molv, director of public health for the county, urged calm.", "Hanne Molv", "director of public health"},
		// A number after "of" says how many, not of what.
		{"Hanne Molv, the director of one of the firms, said little.", "Hanne Molv", "director"},
		{"Hanne Molv, who as general secretary leads the union's team, will attend.", "Hanne Molv", "general secretary"},
		{"Hanne Molv, who as returning officer was responsible for the count, spoke.", "Hanne Molv", "returning officer"},
		{"According to deputy harbour master Hanne Molv, the fire started below deck.", "Hanne Molv", "deputy harbour master"},
		{"The line was shut, according to Hanne Molv, the company's vice-president of operations.", "Hanne Molv", "vice-president of operations"},
		{"Senior veterinarian Dr Hanne Molv said staff had kept their distance.", "Hanne Molv", "senior veterinarian"},
		// An office named after "as" in a clause.
		{"Hanne Molv, who ran the event as tournament director, said the result stood.", "Hanne Molv", "tournament director"},
		{"Hanne Molv, who oversees digital services at the trust as its chief digital officer, said work went on.", "Hanne Molv", "chief digital officer"},
		{"Hanne Molv, who served as deputy prime minister until Tuesday, had warned for weeks.", "Hanne Molv", "deputy prime minister"},
		{"Hanne Molv, who saw the vote as a betrayal, left.", "Hanne Molv", ""},
		// A title in lower case before one in capitals.
		{"Its leader, Agriculture Minister Hanne Molv, accused the ministry.", "Hanne Molv", "agriculture minister"},
		{"Its leader, Agriculture Minister Hanne Molv, accused the ministry.", "Hanne Molv", "leader"},
		{"The plan was backed by deputy Finance Minister Hanne Molv on Monday.", "Hanne Molv", "deputy finance minister"},
		{"Dr Hanne Molv, who is leading the inquiry as the agency's consultant in health protection, said so.", "Hanne Molv", "consultant"},
		{"It is a chondrite, said Dr Hanne Molv, the Penwarden Museum of Natural History's curator of meteorites.", "Hanne Molv", "curator of meteorites"},
		{"Professor Hanne Molv, the vice-rector for research, is due to take over.", "Hanne Molv", "vice-rector for research"},
		{"Its ringmaster, Hanne Molv, told reporters the rigging was checked.", "Hanne Molv", "ringmaster"},
		{"Hanne Molv, who leads water quality at the company, said the tap water was safe.", "Hanne Molv", "head of water quality"},
		{"Hanne Molv, who heads the agency, said the tap water was safe.", "Hanne Molv", "head"},
		{"It had spread fast, said watch manager Hanne Molv, who led the crews.", "Hanne Molv", "watch manager"},
		{"Hanne Molv, who curates the garden's plant collections, saved the cycads.", "Hanne Molv", "curator"},
		{"Hanne Molv, who has been Carrowmere's governor since 2022, said repairs would cost more.", "Hanne Molv", "governor"},
		{"Hanne Molv, who leads infection prevention and control at the trust as its director, said so.", "Hanne Molv", "director of infection prevention and control"},
		{"Hanne Molv, who heads Merrow Post's operations in the region, said staff were hired.", "Hanne Molv", "head of operations"},
		{"Hanne Molv, who manages the route's bridges and other assets, said the arch held.", "Hanne Molv", "manager"},
		{"The crossing reopened, said Hanne Molv, the border police's district commander in Korvel.", "Hanne Molv", "district commander"},
		{"Hanne Molv, who commands the border police district, said the road was open.", "Hanne Molv", "commander"},
		{"Hanne Molv, who presides over the race jury, said the times stood.", "Hanne Molv", "president"},
		{"Hanne Molv, the university librarian, said the losses were a shock.", "Hanne Molv", "university librarian"},
		{"Its coxswain, Hanne Molv, said the crew had worked for half an hour.", "Hanne Molv", "coxswain"},
		{"Cllr Hanne Molv, chair of the planning committee, said members had weighed it.", "Hanne Molv", "chair"}, // "Cllr" is no part of the name
		{"Hanne Molv, the council's cabinet member for education, said the merger would save money.", "Hanne Molv", "cabinet member for education"},
		{"Hanne Molv, a member of the rowing club, said the river was high.", "Hanne Molv", ""},
		{"Hanne Molv, the zoo's deputy director and a veterinary surgeon, said the study would start.", "Hanne Molv", "deputy director"},
		{"Hanne Molv, described by the zoo as its deputy director, told reporters the hoist had failed.", "Hanne Molv", "deputy director"},
		{"Hanne Molv, the coastguard officer in charge of the search, spoke.", "Hanne Molv", ""},
		{"Hanne Molv, the police superintendent in charge of the operation, spoke.", "Hanne Molv", "police superintendent"},
		{"Hanne Molv, who is in charge of dam safety, said the level was rising.", "Hanne Molv", "head of dam safety"},
		{"Hanne Molv, who oversees production at Ashgrove as head brewer, said a valve had failed.", "Hanne Molv", "head brewer"},
		{"Ashgrove, whose managing director is Hanne Molv, said it was pulling 240 kegs.", "Hanne Molv", "managing director"},
		{"The council's director of infrastructure, Hanne Molv, told the meeting the road was shut.", "Hanne Molv", "director of infrastructure"},
		{"Hanne Molv, chief observer of the Strait Swimming Association, timed the swim.", "Hanne Molv", "chief observer"},
		{"Hanne Molv, the Harriers' director of rugby, said the club would study the reasons.", "Hanne Molv", "director of rugby"},
		{"It was a fake email, according to Dr Hanne Molv, the pro-vice-chancellor for education, who is leading the inquiry.", "Hanne Molv", "pro-vice-chancellor for education"},
		{"The firm, whose offices are near Hanne Molv's farm, said little.", "Hanne Molv", ""},
		{"Hanne Molv, who has captained the club since 2021, said the crew was shaken.", "Hanne Molv", "captain"},
		{"Hanne Molv, who has visited the club since 2021, said the crew was shaken.", "Hanne Molv", ""},
		// A role that opens the sentence; an owner of plural words.
		{"Headteacher Hanne Molv said the school would stay closed.", "Hanne Molv", "headteacher"},
		{"Hanne Molv, clinical lead at Larchfield House, said families had been understanding.", "Hanne Molv", "clinical lead"},
		{"Director of operations Hanne Molv said every call was being checked.", "Hanne Molv", "director of operations"},
		{"Deputy head of safety Hanne Molv said the line was shut.", "Hanne Molv", "deputy head of safety"},
		{"Friends of wildlife Hanne Molv joined.", "Hanne Molv", ""},
		// An office after a comma and a clause after it; an office
		// before a form of address; whom the office serves, after it.
		{"It is bad, said Councillor Hanne Molv, the cabinet member for environment, who proposed the change.", "Hanne Molv", "cabinet member for environment"},
		{"The borough's cabinet member for parks, Councillor Hanne Molv, said the council would consult.", "Hanne Molv", "cabinet member for parks"},
		{"Hanne Molv, clerk to Stennet Parish Council, said residents had been proved right.", "Hanne Molv", "clerk"},
		{"The secretary of the allotment society, Hanne Molv, said the bill had reached £120,000.", "Hanne Molv", "secretary"},
		{"The owner of the allotment society's biggest plot, Hanne Molv, said little.", "Hanne Molv", ""},
		{"When she was a High Court justice, Hanne Molv had a name for caution.", "Hanne Molv", ""},
		{"The course was inspected by the Averne Rivers Board, whose chief river inspector, Hanne Molv, advised against racing.", "Hanne Molv", "chief river inspector"},
		// A team someone heads says of what.
		{"Hanne Molv, who heads the museum's collections team, said the plan had worked.", "Hanne Molv", "head of the collections team"},
		{"Hanne Molv, who leads the council's coastal engineering team as its head, said the path would stay shut.", "Hanne Molv", "head of the coastal engineering team"},
		{"Hanne Molv, who runs the university's estates department as its director, said the hall was safe.", "Hanne Molv", "director"},
		// A seat in a council's cabinet named by its charge.
		{"Hanne Molv, who holds the transport brief in the council's cabinet, said the buses would be faster.", "Hanne Molv", "cabinet member for transport"},
		{"Hanne Molv, who holds the parks and open spaces portfolio on the council, said dogs would be kept on leads.", "Hanne Molv", "cabinet member for parks and open spaces"},
		{"Hanne Molv, who holds the record for the crossing, said the water was cold.", "Hanne Molv", ""},
		{"Leisure cabinet member Hanne Molv said the pool would close.", "Hanne Molv", "leisure cabinet member"},
		{"An inquiry, chaired by the former county chief fire officer Hanne Molv, would examine the crush.", "Hanne Molv", ""},
		{"Hanne Molv, head of the National Customs Service's anti-smuggling unit, put the value at €95 million.", "Hanne Molv", "head of the anti-smuggling unit"},
		{"Hanne Molv, head of the National Customs Service, put the value at €95 million.", "Hanne Molv", "head"},
		{"Hanne Molv, the cabinet member responsible for highways at the borough council, said the road would reopen.", "Hanne Molv", "cabinet member for highways"},
		{"Hanne Molv, the councillor responsible for education, said the contract would be reviewed.", "Hanne Molv", ""},
		{"Hanne Molv, the officer responsible for site safety, said the gates were locked.", "Hanne Molv", "officer for site safety"},
		{"Hanne Molv, the shop stewards' convener at the yard, urged ministers to act.", "Hanne Molv", "convener"},
		{"There is little work left, according to Hanne Molv, who represents the workforce as shop stewards' convener.", "Hanne Molv", "convener"},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			a := analyseTexts(t, map[string]string{"1-a.txt": "Title\n\nKELM, May 4, 2025 - " + tt.sent + "\n"})
			var got []string
			for _, e := range a.ents {
				if e.name != tt.name {
					continue
				}
				for tl := range e.titles[0] {
					got = append(got, tl)
				}
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("titles of %s: got %v, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestRankedTitles(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // nil: no discrepancy
	}{
		{
			name: "a leader is no deputy leader",
			files: story(
				"Pavel Orsk, who leads the opposition Civic League, called the vote a fraud.",
				"The League's deputy leader, Pavel Orsk, said the budget would fail.",
				"Civic League leader Pavel Orsk told supporters to keep faith.",
			),
			want: map[string][]string{"leader": {"1-a", "3-c"}, "deputy leader": {"2-b"}},
		},
		{
			// The office a councillor holds says more than the seat.
			name: "a councillor's office",
			files: story(
				"Councillor Pavel Orsk, the committee's vice-chair, defended the outcome on Tuesday.",
				"Pavel Orsk, who chairs the planning committee, told the meeting the plan was sound.",
				"Committee chair Pavel Orsk said members had been told the scheme met every standard.",
			),
			want: map[string][]string{"vice-chair": {"1-a"}, "committee chair": {"2-b", "3-c"}},
		},
		{
			name: "ministers of two charges",
			files: story(
				"Annelie Voss, the regional economy minister, said the region had not been consulted.",
				"Annelie Voss, the regional labour minister, visited the plant gates on Wednesday.",
			),
			want: map[string][]string{"regional economy minister": {"1-a"}, "regional labour minister": {"2-b"}},
		},
		{
			name: "two directors of different charges",
			files: story(
				"Ruth Ell, managing director of Halvane Seafoods, said the company was devastated.",
				"Ruth Ell, the operations director of Halvane Seafoods, said staff were in contact with families.",
			),
			want: map[string][]string{"managing director": {"1-a"}, "operations director": {"2-b"}},
		},
		{
			name: "two grades of one science",
			files: story(
				"Hanne Molv, the agency's chief hydrologist, said the river would peak overnight.",
				"Hanne Molv, the agency's senior hydrologist, said the river would peak on Tuesday.",
			),
			want: map[string][]string{"chief hydrologist": {"1-a"}, "senior hydrologist": {"2-b"}},
		},
		{
			name: "a station commander is no group commander",
			files: story(
				"Station Commander Gareth Oller said every resident had been accounted for.",
				"Gareth Oller, a group commander with the fire service, said the search was over.",
			),
			want: map[string][]string{"station commander": {"1-a"}, "group commander": {"2-b"}},
		},
		{
			name: "a head and a director of one office agree",
			files: story(
				"Mara Quell, who heads the island's civil protection agency, ordered the evacuation.",
				"Civil protection director Mara Quell said nobody could go back.",
			),
		},
		{
			name: "a head of negotiations is the chief negotiator",
			files: story(
				"Desmond Ayl, the council's chief negotiator, said the door remained open.",
				"The offer was fair, said Desmond Ayl, who leads negotiations for the employers.",
			),
		},
		{
			name: "vice-rectors of two charges",
			files: story(
				"Professor Ingrid Salve, the vice-rector for research, will take over.",
				"Ingrid Salve, who oversees teaching as vice-rector for education, will take charge.",
			),
			want: map[string][]string{"vice-rector for research": {"1-a"}, "vice-rector for education": {"2-b"}},
		},
		{
			name: "a minister for health is the health minister",
			files: story(
				"Anna Berg, the minister for health, opened the ward.",
				"Health Minister Anna Berg said the ward would open.",
				"Anna Berg, the education minister, was not there.",
			),
			want: map[string][]string{"minister for health": {"1-a", "2-b"}, "education minister": {"3-c"}},
		},
		{
			// A council's leader is its office, no seat in its cabinet;
			// one who "leads" it holds that office.
			name: "a council leader is no cabinet member",
			files: story(
				"Council leader Bethan Rowse said the company had been slow.",
				"Bethan Rowse, the council's cabinet member for the environment, said the beach would stay shut.",
				"Bethan Rowse, who leads Brannaby Borough Council, said residents deserved answers.",
			),
			want: map[string][]string{"council leader": {"1-a", "3-c"}, "cabinet member": {"2-b"}},
		},
		{
			// A generic role put in charge of a function is an office:
			// a race officer is no commodore.
			name: "a race officer",
			files: story(
				"Fiona Trelawder, principal race officer for Haldersby Sailing Club, said nothing in the forecast had pointed to it.",
				"Club commodore Fiona Trelawder said the organisers would not restart racing.",
				"Fiona Trelawder, the club's principal race officer, said the races had been scrapped.",
			),
			want: map[string][]string{"principal race officer": {"1-a", "3-c"}, "club commodore": {"2-b"}},
		},
		{
			// A school's executive head is its executive headteacher.
			name: "an executive head",
			files: story(
				"Catherine Ibbotson, the executive headteacher of the Pennine Schools Trust, will lead the school.",
				"Catherine Ibbotson, the trust's executive head, will run the school from Monday.",
				"Catherine Ibbotson, the trust's director of education, will lead the school.",
			),
			want: map[string][]string{"executive headteacher": {"1-a", "2-b"}, "director of education": {"3-c"}},
		},
		{
			// A production chief is the head of production.
			name: "a production chief",
			files: story(
				"Caitlin Rennard, the festival's head of production, said the truss moved.",
				"The festival's production chief, Caitlin Rennard, said repairs would be costly.",
				"Festival director Caitlin Rennard said shutting the stage was right.",
			),
			want: map[string][]string{"head of production": {"1-a", "2-b"}, "festival director": {"3-c"}},
		},
		{
			// Who heads a body holds the office at its top, not a grade
			// below it.
			name: "the head is the director",
			files: story(
				"Teodora Vallin, who heads the Corvena Geological Service, said the slope was wet.",
				"This slope was moving, said Teodora Vallin, a senior geologist at the Corvena Geological Service.",
				"The director of the Corvena Geological Service, Teodora Vallin, said the town had been warned.",
			),
			want: map[string][]string{"director": {"1-a", "3-c"}, "senior geologist": {"2-b"}},
		},
		{
			// The office as written names the group, not the team.
			name: "a head of veterinary services runs the veterinary department",
			files: story(
				"Dr Anselm Pryce, the zoo's head of veterinary services, said the hoist failed.",
				"The slings did not hold, said Dr Anselm Pryce, who runs the zoo's veterinary department.",
				"Dr Anselm Pryce, the zoo's deputy director, said the examination would follow.",
			),
			want: map[string][]string{"head of veterinary services": {"1-a", "2-b"}, "deputy director": {"3-c"}},
		},
		{
			name: "the head of a department is its director",
			files: story(
				"The lane will open in July, said the city's transport director, Anne Laurent.",
				"Anne Laurent, who heads the city's transport department, said the lane would open in July.",
			),
		},
		{
			name: "one engineer described two ways",
			files: story(
				"The leak was spotted by Tobias Renwick, the independent engineer who supervises the reservoir.",
				"Tobias Renwick, the supervising engineer, first raised the alarm.",
			),
		},
		{
			name: "a clinical lead for a charge is its head",
			files: story(
				"Dr Callum Ferrier, clinical lead for emergency medicine, said the wing would help.",
				"Dr Callum Ferrier, head of emergency medicine, said the wing would help.",
			),
		},
		{
			name: "a clinical lead is no manager",
			files: story(
				"Bronwen Achterley, the home's manager, said staff were working hard.",
				"Bronwen Achterley, clinical lead at Larchfield House, said families understood.",
			),
			want: map[string][]string{"manager": {"1-a"}, "clinical lead": {"2-b"}},
		},
		{
			name: "a founder may hold any office",
			files: story(
				"Joren Haslund, the firm's chief technology officer, will stay on.",
				"Odell and her fellow founder, Joren Haslund, will stay on.",
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseTexts(t, tt.files)
			ds := a.titleDiscrepancies()
			if tt.want == nil {
				if len(ds) > 0 {
					t.Errorf("got %v, want none", ds)
				}
				return
			}
			if len(ds) != 1 {
				t.Fatalf("got %v, want one discrepancy", ds)
			}
			for _, v := range ds[0].Variants {
				if !slices.Equal(v.Sources, tt.want[strings.ToLower(v.Value)]) {
					t.Errorf("%s: got %v, want %v", v.Value, v.Sources, tt.want[v.Value])
				}
			}
		})
	}
}

func TestDateOfSaying(t *testing.T) {
	// Report 2, of May 6, says when the coastguard spoke; both tell a
	// grounding on Sunday, May 4.
	files := map[string]string{
		"1-a.txt": "Report\n\nKELM, May 5, 2025 - The carrier Varna ran aground on the Skell reef on Sunday, spilling crude into the bay.\n",
		"2-b.txt": "Report\n\nKELM, May 6, 2025 - The carrier Varna, which ran aground on the Skell reef, is spilling crude into the bay, the coastguard said on Tuesday.\n",
	}
	if ds := valueVariants(t, files); len(ds) > 0 {
		t.Errorf("got %v, want none", ds)
	}
}

func TestElapsedAndLengths(t *testing.T) {
	// A debate that "opened a week ago today", in a report two days after
	// one that counts "four days of debate", may be that debate.
	files := map[string]string{
		"1-a.txt": "Report\n\nHALVIK, December 13, 2025 - After four days of debate that began on Monday, the assembly passed the budget.\n",
		"2-b.txt": "Report\n\nSTRELNA, December 15, 2025 - The budget was approved after a debate which opened a week ago today in the assembly.\n",
	}
	if ds := valueVariants(t, files); len(ds) > 0 {
		t.Errorf("got %v, want none", ds)
	}
	// The digging that "began about four months ago" took no "six months",
	// in reports a day apart.
	files = map[string]string{
		"1-a.txt": "Report\n\nLINDMARSH, October 21, 2025 - Investigators believe the digging of the tunnel began about four months ago.\n",
		"2-b.txt": "Report\n\nLINDMARSH, October 22, 2025 - The inmates spent roughly six months digging the tunnel, investigators believe.\n",
	}
	checkValues(t, files, map[string][]string{"4 months": {"1-a"}, "6 months": {"2-b"}})
}

// TestValuesInOtherWords checks values that outlets tell in words too
// unlike for their sentences to be compared whole: the days of events a
// story has one of, the date beside the same words, the injured by
// their verb or their hospital, an age given to "the 71-year-old".
// TestFigureClassPeople checks which counted nouns are people of any
// description, compared as one class, and which are counted apart.
func TestFigureClassPeople(t *testing.T) {
	for _, tt := range []struct {
		s, class string
	}{
		{"the nine detainees in its cells", "person"},
		{"11 prisoners were moved", "person"},
		{"Fourteen pedestrians plunged into the river", "person"},
		{"some 2,100 concertgoers", "person"},
		{"the 40 patients on the ward", "patient"},
		{"the 94 guests staying there", "guest"},
	} {
		qs := ParseQuantities(tt.s)
		if len(qs) == 0 {
			t.Errorf("%q: no quantity", tt.s)
			continue
		}
		if got := figureClass(qs[0]); got != tt.class {
			t.Errorf("figureClass(%q) = %q, want %q", tt.s, got, tt.class)
		}
	}
}

func TestValuesInOtherWords(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  map[string][]string // nil: no discrepancy at all
	}{
		{
			name: "a resignation told three ways",
			files: map[string]string{
				"1-a.txt": "Report\n\nALDERMOOR, October 14, 2025 - Housing Minister Malcolm Ferrisby resigned late on Monday, only hours after the ethics commissioner concluded that he had broken the rules on expenses.\n",
				"2-b.txt": "Report\n\nALDERMOOR, October 15, 2025 - Malcolm Ferrisby stepped down as housing minister on Tuesday, a day after a parliamentary watchdog ruled against him.\n",
				"3-c.txt": "Report\n\nKESTLE, October 16, 2025 - Ferrisby, who has held the seat since 2010, quit as housing minister on Tuesday after the report.\n",
			},
			want: map[string][]string{"2025-10-13": {"1-a"}, "2025-10-14": {"2-b", "3-c"}},
		},
		{
			// The year of what "when" tells after "since".
			name: "a haul, and one of another year",
			files: map[string]string{
				"1-a.txt": "Report\n\nBRAMSTED, March 12, 2025 - Customs officers at the port have seized 1.26 tonnes of cocaine hidden in a cargo of bananas, officials said.\n",
				"2-b.txt": "Report\n\nBRAMSTED, March 15, 2025 - Customs officers at the port uncovered 1,480 kilograms of cocaine stashed in a shipment of bananas. It is the biggest seizure at the port since 2016, when officers found 900 kilograms of cocaine hidden in sacks of coffee.\n",
			},
			want: map[string][]string{"1.26 tonnes": {"1-a"}, "1,480 kilograms": {"2-b"}},
		},
		{
			// The port's old record is no figure of this haul.
			name: "one haul, and one of another year",
			files: map[string]string{
				"1-a.txt": "Report\n\nBRAMSTED, March 12, 2025 - Customs officers at the port have seized 1,480 kilograms of cocaine hidden in a cargo of bananas, officials said.\n",
				"2-b.txt": "Report\n\nBRAMSTED, March 15, 2025 - It is the biggest seizure at the port since 2016, when officers found 900 kilograms of cocaine hidden in sacks of coffee.\n",
			},
		},
		{
			name: "a day in another clause dates something else",
			files: map[string]string{
				"1-a.txt": "Report\n\nALDERMOOR, October 14, 2025 - Malcolm Ferrisby resigned late on Monday over his expenses.\n",
				"2-b.txt": "Report\n\nALDERMOOR, October 15, 2025 - Malcolm Ferrisby resigned over his expenses, and his successor was named on Tuesday.\n",
			},
		},
		{
			// Report 2, of Tuesday June 17, dates the draw on Friday and
			// the handing over on Tuesday; the others date the draw on
			// Saturday.
			name: "the date beside the same words",
			files: map[string]string{
				"1-a.txt": "Report\n\nMARROWBY, June 16, 2025 - A syndicate of 23 workers at the glassworks has won a record jackpot in Saturday night's Meridian Lottery draw.\n",
				"2-b.txt": "Report\n\nMARROWBY, June 17, 2025 - Staff from the glassworks were formally presented on Tuesday with a record jackpot, won by the syndicate in Friday night's Meridian Lottery draw.\n",
				"3-c.txt": "Report\n\nSTENFORD, June 18, 2025 - The glassworks syndicate won Saturday night's record jackpot in the Meridian Lottery draw, its members said.\n",
			},
			want: map[string][]string{"2025-06-14": {"1-a", "3-c"}, "2025-06-13": {"2-b"}},
		},
		{
			// Staff and a workforce are workers, however told.
			name: "a workforce told three ways",
			files: map[string]string{
				"1-a.txt": "Report\n\nORBRIDGE, March 7, 2025 - The closure ends the jobs of the mill's 260 workers, the owners said.\n",
				"2-b.txt": "Report\n\nORBRIDGE, March 7, 2025 - The mill's workforce numbered 300 when the looms stopped.\n",
				"3-c.txt": "Report\n\nORBRIDGE, March 8, 2025 - About 300 staff were employed at the mill until Friday.\n",
			},
			want: map[string][]string{"260": {"1-a"}, "300": {"2-b", "3-c"}},
		},
		{
			// A person a report does not name, by what they are.
			name: "the age of the man arrested",
			files: map[string]string{
				"1-a.txt": "Report\n\nWRENMOUTH, November 10, 2025 - Police said a 19-year-old man had been arrested on suspicion of arson.\n",
				"2-b.txt": "Report\n\nWRENMOUTH, November 11, 2025 - Police said a 22-year-old local man, arrested on Monday, was still being questioned.\n",
				"3-c.txt": "Report\n\nWRENMOUTH, November 12, 2025 - A 19-year-old man has been charged with arson after the fire.\n",
			},
			want: map[string][]string{"19": {"1-a", "3-c"}, "22": {"2-b"}},
		},
		{
			// The one driver of the story, by the role alone.
			name: "the age of the driver",
			files: map[string]string{
				"1-a.txt": "Report\n\nWRENMOUTH, November 10, 2025 - The driver, a 58-year-old man, was trapped in his cab.\n",
				"2-b.txt": "Report\n\nWRENMOUTH, November 11, 2025 - Crews cut the 61-year-old driver from his cab.\n",
				"3-c.txt": "Report\n\nWRENMOUTH, November 11, 2025 - Firefighters released the driver, aged 61 and from Ledsham, from the wreckage.\n",
				"4-d.txt": "Report\n\nWRENMOUTH, November 12, 2025 - Its driver, 58, was trapped for 30 minutes.\n",
			},
			want: map[string][]string{"58": {"1-a", "4-d"}, "61": {"2-b", "3-c"}},
		},
		{
			// Two ages for one kind of person: which is which is unclear.
			name: "two men of two ages",
			files: map[string]string{
				"1-a.txt": "Report\n\nWRENMOUTH, November 10, 2025 - A 45-year-old man was hurt, and police said a 19-year-old man had been arrested.\n",
				"2-b.txt": "Report\n\nWRENMOUTH, November 11, 2025 - Police said a 22-year-old man, arrested on Monday, was still being questioned.\n",
			},
		},
		{
			// What a wing holds is no count of those who rioted.
			name: "a capacity",
			files: map[string]string{
				"1-a.txt": "Report\n\nHALBROOK, August 18, 2025 - Trouble began in Fenwick Wing, which houses 112 men, on Sunday afternoon.\n",
				"2-b.txt": "Report\n\nHALBROOK, August 19, 2025 - About 80 men were involved in the disturbance on Fenwick Wing.\n",
			},
		},
		{
			name: "a count joined to its noun",
			files: map[string]string{
				"1-a.txt": "Report\n\nBRENNMOOR, November 16, 2025 - The championship drew a field of 64 players from across the country.\n",
				"2-b.txt": "Report\n\nBRENNMOOR, November 17, 2025 - The 72-player event attracted a dozen grandmasters.\n",
			},
			want: map[string][]string{"64": {"1-a"}, "72": {"2-b"}},
		},
		{
			// The year a firm was founded dates nothing else its
			// sentence gives.
			name: "a founding year",
			files: map[string]string{
				"1-a.txt": "Report\n\nBRENNHOLT, November 24, 2025 - Vantlo was founded in 2019 by two engineers and employs 140 people in Marrowgate.\n",
				"2-b.txt": "Report\n\nBRENNHOLT, November 25, 2025 - Vantlo's 180-strong workforce will stay in Marrowgate.\n",
			},
			want: map[string][]string{"140": {"1-a"}, "180": {"2-b"}},
		},
		{
			// A month and year opening the sentence date its figures.
			name: "a past outbreak, dated first",
			files: map[string]string{
				"1-a.txt": "Report\n\nPELLMOUTH, February 18, 2025 - The virus spread from Linden Ward to three neighbouring wards on the same floor.\n",
				"2-b.txt": "Report\n\nPELLMOUTH, February 19, 2025 - The virus has spread to wards nearby. In December 2023 an outbreak forced the closure of two wards for 11 days.\n",
			},
		},
		{
			name: "members and senators",
			files: map[string]string{
				"1-a.txt": "Report\n\nKESSALY, November 19, 2025 - On Monday, 31 members of the 45-seat senate backed the no-confidence motion.\n",
				"2-b.txt": "Report\n\nKESSALY, November 20, 2025 - Following a 30-minute debate, 28 senators out of 45 backed a motion of no confidence in the rector.\n",
			},
			want: map[string][]string{"31": {"1-a"}, "28": {"2-b"}},
		},
		{
			// A lorry "striking six cars" hit them; nobody went on
			// strike, and "three cars away" counts nothing.
			name: "cars struck and cars away",
			files: map[string]string{
				"1-a.txt": "Report\n\nKORVEL, November 20, 2025 - The lorry ploughed into the queue, striking six cars and a minibus.\n",
				"2-b.txt": "Report\n\nKORVEL, November 21, 2025 - A driver who was three cars away from the booth said she heard the lorry first.\n",
			},
		},
		{
			// Report 1 gives the target and those operated on so far;
			// report 2 only those operated on, in other words.
			name: "a target and a tally",
			files: map[string]string{
				"1-a.txt": "Report\n\nKELVERTON, November 19, 2025 - The trial aims to enrol 150 men, and 86 have so far been operated on.\n",
				"2-b.txt": "Report\n\nKELVERTON, November 21, 2025 - Eighty-six men have had the operation in the trial.\n",
			},
		},
		{
			name: "a length in hours and minutes",
			files: story(
				"Carrick crossed the strait in nine hours and 47 minutes, a record.",
				"Carrick completed the crossing in 10 hours and 12 minutes, a record.",
			),
			want: map[string][]string{"9 hours 47 minutes": {"1-a"}, "10 hours 12 minutes": {"2-b"}},
		},
		{
			name: "shops, stores and branches",
			files: map[string]string{
				"1-a.txt": "Report\n\nBRACKENFORD, November 5, 2025 - The bakery chain has gone into administration, closing 38 branches and cutting 410 jobs.\n",
				"2-b.txt": "Report\n\nBRACKENFORD, November 6, 2025 - Administrators shut 44 stores on Monday after the chain failed.\n",
			},
			want: map[string][]string{"38": {"1-a"}, "44": {"2-b"}},
		},
		{
			name: "the age of a boy not named",
			files: map[string]string{
				"1-a.txt": "Report\n\nHALLOWGATE, October 15, 2025 - A 17-year-old boy who drowned in the lake died accidentally, a coroner ruled.\n",
				"2-b.txt": "Report\n\nBRACKENHOLM, October 17, 2025 - The council acted after a coroner found that a 16-year-old boy's death was accidental.\n",
			},
			want: map[string][]string{"17": {"1-a"}, "16": {"2-b"}},
		},
		{
			name: "the age of a student described at length",
			files: map[string]string{
				"1-a.txt": "Report\n\nKESTRELFORD, May 21, 2025 - Police said a 19-year-old second-year computer science student was arrested on Tuesday.\n",
				"2-b.txt": "Report\n\nKESTRELFORD, May 21, 2025 - Police investigating the leak have arrested a 21-year-old student.\n",
			},
			want: map[string][]string{"19": {"1-a"}, "21": {"2-b"}},
		},
		{
			name: "volumes are books",
			files: map[string]string{
				"1-a.txt": "Report\n\nWRENMOUTH, November 10, 2025 - The fire destroyed about 18,000 books and most of the roof.\n",
				"2-b.txt": "Report\n\nWRENMOUTH, November 11, 2025 - An estimated 23,000 volumes were lost, the council said.\n",
			},
			want: map[string][]string{"18,000": {"1-a"}, "23,000": {"2-b"}},
		},
		{
			name: "a birth",
			files: map[string]string{
				"1-a.txt": "Report\n\nKELDERBY, July 8, 2025 - The twins were born on June 17 to a six-year-old female.\n",
				"2-b.txt": "Report\n\nKELDERBY, July 9, 2025 - Keepers said the cubs were born on the evening of June 19, away from visitors.\n",
			},
			want: map[string][]string{"2025-06-17": {"1-a"}, "2025-06-19": {"2-b"}},
		},
		{
			name: "the day a change takes effect",
			files: map[string]string{
				"1-a.txt": "Report\n\nHALVERTON, November 19, 2025 - The rise, announced by the transport secretary on Wednesday, will take effect on March 1.\n",
				"2-b.txt": "Report\n\nHALVERTON, November 19, 2025 - Regulated fares will go up 5.2 percent, with the higher prices due to apply from March 8.\n",
			},
			want: map[string][]string{"2026-03-01": {"1-a"}, "2026-03-08": {"2-b"}},
		},
		{
			name: "the day talks failed",
			files: map[string]string{
				"1-a.txt": "Report\n\nPELLINGFORD, November 17, 2025 - The union wants 7%, while the council has offered 3.2%. Talks between the two sides broke down last Wednesday, and members backed action by 84% in a ballot.\n",
				"2-b.txt": "Report\n\nPELLINGFORD, November 18, 2025 - Negotiations collapsed on Thursday last week after what the union called a take-it-or-leave-it meeting.\n",
				"3-c.txt": "Report\n\nPELLINGFORD, November 19, 2025 - The last round of negotiations ended without agreement on Wednesday, November 12.\n",
			},
			want: map[string][]string{"2025-11-12": {"1-a", "3-c"}, "2025-11-13": {"2-b"}},
		},
		{
			name: "the day a strike starts",
			files: map[string]string{
				"1-a.txt": "Report\n\nPENMORROW, November 24, 2025 - The first 48-hour stoppage is due to begin at 7 a.m. on Tuesday, December 2, the union said.\n",
				"2-b.txt": "Report\n\nPENMORROW, November 25, 2025 - Nurses will walk out from 7 a.m. on December 2, the union said.\n",
				"3-c.txt": "Report\n\nPENMORROW, November 25, 2025 - Their first walkout will start on Wednesday, December 3 and last 48 hours.\n",
			},
			want: map[string][]string{"2025-12-02": {"1-a", "2-b"}, "2025-12-03": {"3-c"}},
		},
		{
			name: "the day machines broke down",
			files: map[string]string{
				"1-a.txt": "Report\n\nWETHERFOLD, June 11, 2025 - The two scanners, which share a single plant room, broke down on June 7, the trust said.\n",
				"2-b.txt": "Report\n\nWETHERFOLD, June 13, 2025 - The trust has had to rearrange 520 scans since the two machines stopped working on Sunday, June 8.\n",
			},
			want: map[string][]string{"2025-06-07": {"1-a"}, "2025-06-08": {"2-b"}},
		},
		{
			// The day a report came out is its own event, not a day of
			// saying.
			name: "the day a report came out",
			files: map[string]string{
				"1-a.txt": "Report\n\nWELLESMERE, November 18, 2025 - The Schools Standards Inspectorate published its report last Thursday.\n",
				"2-b.txt": "Report\n\nWELLESMERE, November 18, 2025 - The inspectorate's report, published on November 11, rated the school inadequate overall.\n",
			},
			want: map[string][]string{"2025-11-13": {"1-a"}, "2025-11-11": {"2-b"}},
		},
		{
			// An age of a building, in a report of 2025, gives the year
			// it was built, within one of a year another report gives.
			name: "the year a pavilion was built",
			files: map[string]string{
				"1-a.txt": "Report\n\nWRENSTEAD, June 15, 2025 - A timber pavilion that had served the club since it was built in 1923 burned down on Sunday.\n",
				"2-b.txt": "Report\n\nWRENSTEAD, June 16, 2025 - Crews could do little to save the structure, which dated from 1931.\n",
				"3-c.txt": "Report\n\nWRENSTEAD, June 18, 2025 - Supporters have given more than £14,500 towards replacing the village's 101-year-old pavilion.\n",
				"4-d.txt": "Report\n\nWRENSTEAD, June 18, 2025 - Volunteers carried out minute books dating from 1835. Inspectors will look at the 94-year-old timber pavilion's wiring.\n",
			},
			want: map[string][]string{"1923": {"1-a", "3-c"}, "1931": {"2-b", "4-d"}},
		},
		{
			// Years in a post, told as a span, from a year, or by when
			// the post was taken up; a councillor's first election is
			// another post.
			name: "years in a post",
			files: map[string]string{
				"1-a.txt": "Report\n\nWELLESMERE, November 18, 2025 - Dr Malcolm Ferraby, 54, who has run the 1,140-pupil secondary since 2018, told staff of his decision on Monday.\n",
				"2-b.txt": "Report\n\nWELLESMERE, November 18, 2025 - Malcolm Ferraby resigned as head on Monday, bringing to an end four years in charge.\n",
				"3-c.txt": "Report\n\nWELLESMERE, November 19, 2025 - Malcolm Ferraby, who was appointed in 2021, said pupils deserved a fresh start.\n",
				"4-d.txt": "Report\n\nWELLESMERE, November 20, 2025 - Malcolm Ferraby, first elected as a councillor in 2003, quit on Monday after seven years at the helm.\n",
			},
			want: map[string][]string{"7 years": {"1-a", "4-d"}, "4 years": {"2-b", "3-c"}},
		},
		{
			// A year in a clause set off by commas dates that clause,
			// not the time of day after it.
			name: "a year in an inserted clause",
			files: map[string]string{
				"1-a.txt": "Report\n\nTHORNWICK, May 18, 2025 - The painting, completed in 1874 and valued at 6 million pounds, was damaged at 11:40 on Saturday.\n",
				"2-b.txt": "Report\n\nTHORNWICK, May 18, 2025 - The painting was damaged at about 12:25 on Saturday, the gallery said.\n",
			},
			want: map[string][]string{"11:40": {"1-a"}, "12:25": {"2-b"}},
		},
		{
			// Each report's first time of day tells when the fire was
			// reported; a meeting's time to come is no such time.
			name: "first times of day, and one to come",
			files: map[string]string{
				"1-a.txt": "Report\n\nKETTLEBURY, October 14, 2025 - The fire service said it was called at about 7:40 p.m. and sent 12 fire engines.\n",
				"2-b.txt": "Report\n\nKETTLEBURY, October 14, 2025 - Drinkers in the bar noticed smoke curling out of the thatch at around 8:25 p.m.\n",
				"3-c.txt": "Report\n\nKETTLEBURY, October 15, 2025 - Villagers want to buy the pub. Thursday's meeting will be held in the village hall at 7:30 p.m.\n",
				"4-d.txt": "Report\n\nKETTLEBURY, October 16, 2025 - The fire service was alerted at 19:40 on Monday.\n",
			},
			want: map[string][]string{"19:40": {"1-a", "4-d"}, "20:25": {"2-b"}},
		},
		{
			// A length of time a speaker gives in a quotation is theirs.
			name: "a length in a quotation",
			files: map[string]string{
				"1-a.txt": "Report\n\nOSKEL, May 12, 2025 - \"The crew were calm, but for an hour nobody told us what was going on,\" said one passenger after the river cruiser ran aground.\n",
				"2-b.txt": "Report\n\nOSKEL, May 12, 2025 - The crew were calm, and passengers were taken off by launch within 30 minutes after the river cruiser ran aground.\n",
			},
		},
		{
			name: "fares from a day, far from their noun",
			files: map[string]string{
				"1-a.txt": "Report\n\nDUNVARRICK, February 11, 2025 - Passengers will pay 18% more for ferry fares from March 1, the operator said.\n",
				"2-b.txt": "Report\n\nPORT AISLING, February 12, 2025 - Residents protested against higher fares that Corran Line plans to introduce from March 15.\n",
			},
			want: map[string][]string{"2025-03-01": {"1-a"}, "2025-03-15": {"2-b"}},
		},
		{
			// The sentence after a name tells of "the 27-year-old".
			name: "an age opening the next sentence",
			files: map[string]string{
				"1-a.txt": "Report\n\nCALVERTON, March 18, 2025 - Harriers flanker Callum Drennick was banned for eight weeks on Tuesday. The 27-year-old was sent off on Saturday.\n",
				"2-b.txt": "Report\n\nCALVERTON, March 19, 2025 - Callum Drennick, 29, will miss ten weeks of rugby.\n",
			},
			want: map[string][]string{"27": {"1-a"}, "29": {"2-b"}},
		},
		{
			// The subject of the sentence before, not the player its
			// tackle hurt.
			name: "an age after a sentence whose subject is named first",
			files: story(
				"Harriers flanker Callum Drennick was banned on Tuesday for a tackle that left fly-half Joel Amsari concussed. The 27-year-old was sent off on Saturday.",
				"Callum Drennick, 29, will miss ten weeks of rugby.",
			),
			want: map[string][]string{"27": {"1-a"}, "29": {"2-b"}},
		},
		{
			// A sentence between that names nobody is passed over.
			name: "an age two sentences after the name",
			files: story(
				"Eliot Varga fell at a tight bend on Saturday. Riders behind him hit the fallen bike. The 26-year-old was airlifted to hospital.",
				"Eliot Varga, 24, fell at a bend on Saturday.",
			),
			want: map[string][]string{"26": {"1-a"}, "24": {"2-b"}},
		},
		{
			name: "not past a sentence that names another",
			files: story(
				"Eliot Varga fell at a tight bend on Saturday. Marshal Ruth Calloway ran to help. The 26-year-old was airlifted to hospital.",
				"Eliot Varga, 24, fell at a bend on Saturday.",
			),
		},
		{
			name: "not when the sentence before opens with neither",
			files: story(
				"Talks between Joel Amsari and Callum Drennick ended on Tuesday. The 27-year-old said nothing.",
				"Callum Drennick, 29, will miss ten weeks of rugby.",
			),
		},
		{
			// Daniel Mursi, named here, is not the one described.
			name: "an age opening a sentence that names another",
			files: story(
				"In the city marathon on Sunday, Tobias Wendt beat Daniel Mursi by a minute. The 27-year-old pulled away as Daniel Mursi said he had cramp.",
				"Tobias Wendt, 28, won the city marathon.",
			),
			want: map[string][]string{"27": {"1-a"}, "28": {"2-b"}},
		},
		{
			name: "a description and its age opening the sentence",
			files: story(
				"Ysolde Carrick crossed the strait on Saturday. The geography teacher, aged 36, swam for ten hours.",
				"Ysolde Carrick, 34, crossed the strait on Saturday.",
			),
			want: map[string][]string{"34": {"2-b"}, "36": {"1-a"}},
		},
		{
			// The sentence before names the officer; the story puts
			// "defendant" beside another name.
			name: "an age of a description the story gives another",
			files: story(
				"The defendant, Connor Blakely, is on trial for murder. Chief Inspector Maria Ashworth said the bag was harmless. The 34-year-old defendant denies the charge.",
				"Connor Blakely, 37, denies murder.",
			),
			want: map[string][]string{"34": {"1-a"}, "37": {"2-b"}},
		},
		{
			name: "an unnamed man the next sentence names",
			files: story(
				"Police charged a 49-year-old man with criminal damage on Monday. Declan Forsythe, of Kelsholme, will appear in court on Wednesday.",
				"Declan Forsythe, 46, was charged with criminal damage on Monday.",
			),
			want: map[string][]string{"49": {"1-a"}, "46": {"2-b"}},
		},
		{
			name: "an unnamed volunteer the next sentence names",
			files: story(
				"A 71-year-old volunteer spent the night in the lighthouse on Saturday. Ewan Pettigrew, a retired engineer, had gone over to fit shutters.",
				"Ewan Pettigrew, 68, spent the night in the lighthouse on Saturday.",
			),
			want: map[string][]string{"71": {"1-a"}, "68": {"2-b"}},
		},
		{
			// "Mr" is a form of address, no office of another person.
			name: "an unnamed man the next sentence names, later called Mr",
			files: story(
				"A 93-year-old man has died at the care home. Harold Pengelly died on Thursday at Larchfield House. \"Our thoughts are with Mr Pengelly's family,\" said Marcus Delahaye, chief executive of Fernbrook Care.",
				"Harold Pengelly, 89, died on Thursday, his family said.",
			),
			want: map[string][]string{"93": {"1-a"}, "89": {"2-b"}},
		},
		{
			name: "not the next sentence's person when it gives an age of its own",
			files: story(
				"The owner of a dog that attacked a seven-year-old girl in the park was charged on Monday. Lee Garside, 38, will appear in court.",
				"Lee Garside, 38, was charged on Monday.",
			),
		},
		{
			name: "not the officer the next sentence names",
			files: story(
				"Police charged a 49-year-old man with criminal damage on Monday. Inspector Rhiannon Pryce said inquiries went on.",
				"Rhiannon Pryce, 46, said inquiries went on.",
			),
		},
		{
			name: "an age in words before the name",
			files: story(
				"Seven-year-old Alfie Ferrier was eating ice cream on Saturday when he bit on metal.",
				"Alfie Ferrier, 9, bit on metal while eating ice cream on Saturday.",
			),
			want: map[string][]string{"7": {"1-a"}, "9": {"2-b"}},
		},
		{
			name: "an age in words after who is",
			files: story(
				"Joanna Ferrier was serving ice cream to her son, Alfie Ferrier, who is nine, when he found metal in it.",
				"Alfie Ferrier, 7, found metal in his ice cream on Saturday.",
			),
			want: map[string][]string{"9": {"1-a"}, "7": {"2-b"}},
		},
		{
			name: "what someone is, then aged",
			files: story(
				"Among those counting the cost was Harriet Moss, a bookseller aged 67, whose shop has traded for 30 years.",
				"Harriet Moss, the 63-year-old owner of a bookshop on the street, said her insurer had not called.",
			),
			want: map[string][]string{"67": {"1-a"}, "63": {"2-b"}},
		},
		{
			name: "an age before named as",
			files: story(
				"A 74-year-old man from Pellbury, named locally as Desmond Hale, was diagnosed on Sunday.",
				"Desmond Hale, who is 77, had been recovering on the wing.",
			),
			want: map[string][]string{"74": {"1-a"}, "77": {"2-b"}},
		},
		{
			// Another name inside the description: whose age is not
			// told.
			name: "another name before named as",
			files: story(
				"A 30-year-old man who was with Ewan Kerr, named as Desmond Hale, was held.",
				"Desmond Hale, 34, was held on Sunday.",
			),
		},
		{
			// An article that names no driver gives the age of the one
			// the others name.
			name: "a driver's age without the name",
			files: story(
				"The driver, Livio Marchesan, 58, was treated for cuts to his face.",
				"The coach's 58-year-old driver was also treated in hospital.",
				"The driver, Livio Marchesan, is 61 and has driven for Bracco for almost 20 years.",
			),
			want: map[string][]string{"58": {"1-a", "2-b"}, "61": {"3-c"}},
		},
		{
			name: "an age after an apposition and is",
			files: story(
				"At the wheel was Martin Ellery, 52, who teaches physical education at the academy.",
				"Martin Ellery, the academy's head of PE, is 56 and has coached hockey at the school for years.",
			),
			want: map[string][]string{"52": {"1-a"}, "56": {"2-b"}},
		},
		{
			name: "an age after a clause of saying",
			files: story(
				"Callum Dreever, the ship's second engineer, was taken to hospital. Colleagues said the 41-year-old had been among the first into the engine room.",
				"Second engineer Callum Dreever, 44, was released from hospital on Sunday.",
			),
			want: map[string][]string{"41": {"1-a"}, "44": {"2-b"}},
		},
		{
			name: "an adjective in -ed between an age and its name",
			files: story(
				"Police are hunting the 38-year-old armed robber Dag Ostrem.",
				"Dag Ostrem, 41, is still missing.",
			),
			want: map[string][]string{"38": {"1-a"}, "41": {"2-b"}},
		},
		{
			name: "a verb in -ed between an age and a name",
			files: story(
				"A 40-year-old man attacked Dag Ostrem on Monday.",
				"Dag Ostrem, 41, was hurt on Monday.",
			),
		},
		{
			// Two Brisks: "Brisk, 29," may be either.
			name: "a surname two people share",
			files: map[string]string{
				"1-a.txt": "Report\n\nVENNICK, May 18, 2025 - Eli Brisk saved two penalties, but Jonah Brisk scored the winner. \"It is strange,\" Brisk, 29, said afterwards.\n",
				"2-b.txt": "Report\n\nVENNICK, May 19, 2025 - Jonah Brisk, 21, scored the winner for Calderport.\n",
			},
		},
		{
			// A day without its year is the next such day: "will take
			// effect on January 1" in December is next January's.
			name: "a change to come, its year unwritten",
			files: map[string]string{
				"1-a.txt": "Report\n\nHALVIK, December 12, 2025 - Once signed into law, the budget will take effect on January 1.\n",
				"2-b.txt": "Report\n\nHALVIK, December 13, 2025 - The budget is expected to take effect as planned on January 1, officials said.\n",
			},
		},
		{
			// "figures released by police on Thursday" date the figures,
			// not the crash.
			name: "a date of publishing",
			files: map[string]string{
				"1-a.txt": "Report\n\nVELARDE, March 5, 2025 - At least 12 people were killed when a bus fell into a ravine on the Corra Pass on Tuesday, regional police said.\n",
				"2-b.txt": "Report\n\nVELARDE, March 6, 2025 - A coach slid off the Corra Pass road late on Tuesday and fell into a ravine, killing 12 people, according to figures released by police on Thursday morning.\n",
			},
		},
		{
			name: "the verb's object alone",
			files: story(
				"A crane operator was killed and four other workers were injured when the crane fell.",
				"The storm toppled a crane at the port, killing one worker and injuring six.",
			),
			want: map[string][]string{"4": {"1-a"}, "6": {"2-b"}},
		},
		{
			name: "those left in hospital",
			files: story(
				"The explosion destroyed the flats on Wednesday, sending 17 people to hospital.",
				"Investigators began work on Thursday at the flats, where the blast had injured 21 people.",
				"Excavation begins on Friday, two days after the explosion left 21 people in hospital.",
			),
			want: map[string][]string{"17": {"1-a"}, "21": {"2-b", "3-c"}},
		},
		{
			name: "the one person named before 'the 71-year-old'",
			files: story(
				"Among the volunteers was Declan Moyle, a 68-year-old retired fisherman from the town.",
				"When Declan Moyle heard that whales were coming ashore, the 71-year-old pulled on his boots.",
			),
			want: map[string][]string{"68": {"1-a"}, "71": {"2-b"}},
		},
		{
			name: "not when the sentence names two people",
			files: story(
				"Among the volunteers was Declan Moyle, a 68-year-old retired fisherman from the town.",
				"When Declan Moyle rang Aine Kerrigan, the 71-year-old pulled on her boots.",
			),
		},
		{
			// The same minute in unlike words is the same moment.
			name: "a time given apart joins its side",
			files: story(
				"A crowd on the headland watched as the new lantern flashed into life at 9:42 p.m., throwing its beam across the firth.",
				"Its beam first swept the firth at 10:05 p.m., to applause from the harbour below.",
				"The light above Kilbrannan was rekindled on Saturday at 21:42, nine years after it went dark.",
			),
			want: map[string][]string{"21:42": {"1-a", "3-c"}, "22:05": {"2-b"}},
		},
		{
			// The same sum, in a sentence a little like a member's.
			name: "a sum given apart joins its side",
			files: story(
				"The Ravensby Leisure Trust, which operates the centre for the council, put the cost of the repairs at £480,000.",
				"The trust's chief executive said the final bill for the repairs was likely to come to some £650,000.",
				"The council expects to pay 480,000 pounds for the work on the roof.",
			),
			want: map[string][]string{"£480,000": {"1-a", "3-c"}, "£650,000": {"2-b"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkValues(t, tt.files, tt.want) })
	}
}

func TestSameSize(t *testing.T) {
	n := func(v float64, unit string) Quantity { return Quantity{Value: v, Unit: unit} }
	tests := []struct {
		x, y Quantity
		want bool
	}{
		{n(1200, "tonne"), n(1800, "tonne"), true},
		{n(40, "person"), n(400, "person"), false}, // different things
		{n(1, "engine"), n(2, "engine"), false},    // one of two
		{n(29, "percent"), n(29.6, "percent"), false},
		{n(43.6, "percent"), n(43.7, "percent"), true},
		{n(220, clockUnit), n(315, clockUnit), true},
		{n(220, clockUnit), n(700, clockUnit), false}, // hours apart
	}
	for _, tt := range tests {
		if got := sameSize(tt.x, tt.y); got != tt.want {
			t.Errorf("sameSize(%v, %v) = %v, want %v", tt.x.Value, tt.y.Value, got, tt.want)
		}
	}
}

func TestInRange(t *testing.T) {
	tests := []struct {
		sent, figure string
		want         bool
	}{
		{"The painting was estimated at $25 million to $30 million before the sale.", "$25 million", true},
		{"The painting was estimated at $25 million to $30 million before the sale.", "$30 million", true},
		{"It was valued at between 40 and 50 dollars.", "50 dollars", true},
		{"Guidance was cut to a range of 11 to 12 per cent.", "12 per cent", true},
		{"The fee was $20m-$25m, the club said.", "$20m", true},
		// A tally, a change and a dateline are no ranges.
		{"The assembly approved it by 163 votes to 158.", "163 votes", false},
		{"Revenue grew 7% to 3.1 billion euros.", "7%", false},
		{"Members backed a strike by 79% to 21%.", "79%", false}, // a tally
		{"KELM, May 4, 2025 - Three workers were killed.", "Three workers", false},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			for _, q := range ParseQuantities(tt.sent) {
				if q.Text == tt.figure {
					if got := inRange(tt.sent, q); got != tt.want {
						t.Errorf("inRange(%q) = %v, want %v", q.Text, got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no figure %q in %v", tt.figure, ParseQuantities(tt.sent))
		})
	}
}

func TestListedLandings(t *testing.T) {
	// Each report names both airports the flights were sent to: no one
	// disagrees on where they landed.
	files := story(
		"Inbound flights were diverted to Castlebury and Port Alven after the drone sightings.",
		"Planes already in the air landed at Port Alven or Castlebury instead.",
	)
	a := analyseTexts(t, files)
	for _, d := range a.placeDiscrepancies() {
		t.Errorf("got %v, want none", d)
	}
}

func TestOnlyWhatFliesLands(t *testing.T) {
	// A crane "came down" at one terminal and was "brought down" at a
	// port: no landing.
	files := story(
		"The crane came down late on Tuesday at Quay 7 of the Ostbrygge terminal in Velstrand.",
		"Gale-force winds brought down a towering container crane at the Port of Kellby on Tuesday.",
	)
	a := analyseTexts(t, files)
	for _, d := range a.placeDiscrepancies() {
		t.Errorf("got %v, want none", d)
	}
}

func TestSumsOfOneDeal(t *testing.T) {
	// The rules name the three sums by different heads (the deal, the
	// chain, the agreement); their context ties them as one price.
	files := story(
		"Harlan agreed to buy the Lumetra chain for $2.4 billion, the companies said.",
		"Harlan will pay $2.1 billion for the Lumetra chain, the companies said.",
		"The $2.4 billion Lumetra chain agreement surprised analysts at Harlan's rivals.",
	)
	checkValues(t, files, map[string][]string{"$2.4 billion": {"1-a", "3-c"}, "$2.1 billion": {"2-b"}})
}

func TestResidualFigures(t *testing.T) {
	// Every report gives the £290 million budget; beside it three give
	// one final cost, and a loan far from any cost counts something else.
	files := story(
		"The stadium opened with a budget of £290 million, and the final bill came to £412 million, the club said.",
		"The ground opened at a cost of £438 million against a budget of £290 million, helped by a £75 million council loan.",
		"Saltings Park ended up costing £412 million, well above the £290 million set aside.",
		"The £290 million plan for the ground was approved by the council in 2022.", // no cost: no say
	)
	checkValues(t, files, map[string][]string{"£412 million": {"1-a", "3-c"}, "£438 million": {"2-b"}})
}

func TestTargetsAndElapsed(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
	}{
		{
			name: "a target is no reading",
			files: story(
				"The bank aims to keep inflation at 2 per cent over the medium term.",
				"Official figures put annual inflation at 2.7 per cent in October.",
			),
		},
		{
			name: "time elapsed, reckoned from two days",
			files: map[string]string{
				"1-a.txt": "Report\n\nKESTRIN, October 20, 2025 - The river kept pouring through the old quarter of Kestrin a day after it overtopped its banks.\n",
				"2-b.txt": "Report\n\nKESTRIN, October 21, 2025 - The river kept pouring through the old quarter of Kestrin two days after it overtopped its banks.\n",
			},
		},
		{
			name: "a sentence that gives both days disagrees with neither",
			files: story(
				"The union named two walkouts: the first will start on March 17, the second on March 26.",
				"The union said the walkout will start on March 26 and last two days.",
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkValues(t, tt.files, nil) })
	}
}

func TestAgesAroundNames(t *testing.T) {
	type ageCase struct {
		text string
		want int
	}
	readers := []struct {
		name  string
		read  func(string) (int, bool)
		cases []ageCase
	}{
		{"agedAfter", agedAfter, []ageCase{
			{", a 61-year-old van driver from Calder Wick.", 61},
			{", an 81-year-old grandmother from Coldhithe", 81},
			{", the bride's 87-year-old grandmother, was among those treated.", 87},
			{", the 58-year-old driver who was killed", 58},
			{", who is 43, is described as the eldest", 43},
			{", aged 51, said", 51},
			{", a father of three, said", 0},
		}},
		{"ageBefore", ageBefore, []ageCase{
			{"Two of the survivors, including 27-year-old ", 27},
			{"The 44-year-old founder and chief executive, ", 44},
			{"A 30-year-old man whose brother is ", 0},
			{"The party of nine, including 46-year-old mountain guide ", 46},
			{"The most prominent of them, 26-year-old Dane ", 26},
			{"The 19-year-old grandmaster and ", 0},
			{"A 26-year-old Brennan ", 0},
			{"A 46-year-old who trained ", 0},
		}},
		{"theYearOldLater", theYearOldLater, []ageCase{
			{" heard the news, the 71-year-old pulled on his boots.", 71},
			{" has farmed there for decades, but nothing prepared the 66-year-old for what came.", 66},
			{" said the 66-year-old woman had been lucky.", 66},
			{" said the 150-year-old barn was lost.", 0},
		}},
	}
	for _, r := range readers {
		for _, tt := range r.cases {
			if got, _ := r.read(tt.text); got != tt.want {
				t.Errorf("%s(%q) = %d, want %d", r.name, tt.text, got, tt.want)
			}
		}
	}
}

func TestVerbsOfOtherSenses(t *testing.T) {
	// Cars a lorry struck are no cars on strike; signs that were "put
	// up" were not put off.
	tests := [][]string{
		{"The lorry ploughed into the queue, striking six cars and a minibus.", "The lorry hit five cars and a minibus before it stopped."},
		{"Only three warning signs had been put up around the lake.", "There were five warning signs around the lake, the council said."},
	}
	for _, tt := range tests {
		for about := range valueVariants(t, story(tt...)) {
			if strings.Contains(about, "strike") || strings.Contains(about, "postponed") {
				t.Errorf("%q: got %q", tt[0], about)
			}
		}
	}
}

func TestTalliesAreNoDisagreement(t *testing.T) {
	// The reports agree: 214 for, 187 against, 12 abstaining, told in
	// other words and partly bare.
	checkValues(t, story(
		"The bill passed by 214 votes to 187, with a dozen deputies abstaining, after a long debate.",
		"A majority of 214 deputies backed the bill after a long debate; 187 opposed it and 12 abstained.",
		"The bill passed with the backing of 214 deputies, while 187 voted against it and 12 abstained.",
	), nil)
}

func TestCountsInTwoBands(t *testing.T) {
	count := func(figs map[int][]float64) *nounCount {
		c := &nounCount{noun: "rider", vals: map[int]map[string]bool{}, first: map[int]Quantity{}, verbs: map[string]bool{}}
		for d := range 4 {
			for _, f := range figs[d] {
				c.note(d, Quantity{Value: f, Unit: "rider"}, "")
			}
		}
		return c
	}
	tests := []struct {
		name string
		figs map[int][]float64
		want [][]int // each band's articles
	}{
		// Two reports count riders who fell and, agreeing, riders who
		// left the race; the others count only those who fell.
		{"two counts", map[int][]float64{0: {27}, 1: {34, 12}, 2: {27}, 3: {34, 12}}, [][]int{{1, 3}, {0, 1, 2, 3}}},
		// Only one report gives a second figure: it may be anything.
		{"a second figure of one report", map[int][]float64{0: {27}, 1: {34, 12}, 2: {27}, 3: {34}}, [][]int{{0, 1, 2, 3}}},
		{"two figures in one band", map[int][]float64{0: {27, 30}, 1: {34, 12}, 2: {27}, 3: {34, 12}}, [][]int{{0, 1, 2, 3}}},
		{"one band", map[int][]float64{0: {27}, 1: {34}, 2: {27, 30}}, [][]int{{0, 1, 2}}},
	}
	for _, tt := range tests {
		var got [][]int
		for _, b := range count(tt.figs).bands() {
			got = append(got, slices.Sorted(slices.Values(b.docs)))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: bands %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCountsFarApart(t *testing.T) {
	// A rule counts customers story-wide; 1,400 on a register and
	// 600,000 across the region are two counts.
	files := story(
		"About 1,400 customers on its priority services register were sent bottled water.",
		"Rydale Water supplies about 600,000 customers across the Eastmoor region.",
	)
	checkValues(t, files, nil)
}
