package clean

import (
	"strings"
	"testing"

	"storyline"
)

// TestSiteNotices checks what pages say about themselves against news that
// speaks of the same things: crawls, videos, tweets, accounts, missing
// pages. The lines are made up.
func TestSiteNotices(t *testing.T) {
	tests := []struct{ text, want string }{
		// Web-archive crawl descriptions.
		{"The seed list for this crawl was every host seen in last year's survey of the web.", ReasonSiteNotice},
		{"The seeds for this crawl came from a list of regional news sites.", ReasonSiteNotice},
		{"This crawl was performed at depth two, following each outbound link once.", ReasonSiteNotice},
		{"The WARC files from this collection are kept private for now.", ReasonSiteNotice},
		{"Crawl start date: 4 May, 2019", ReasonSiteNotice},
		{"Number of captures: 1,204,551", ReasonSiteNotice},
		{"Number of unique URLs: 880,102", ReasonSiteNotice},
		{"These files are currently not publicly accessible.", ReasonSiteNotice},
		{"This data is not available to the general public.", ReasonSiteNotice},
		{"This collection holds the municipal crawls performed by volunteers in 2020.", ReasonSiteNotice},
		{"Crawl of outlinks from a news aggregator, started June 2019.", ReasonSiteNotice},
		{"-- at most 50 top-ranked URLs per domain", ReasonSiteNotice},
		{"- every page one hop away in the inter-domain link graph", ReasonSiteNotice},
		{"Curators built these web collections with the Archive-It service.", ReasonSiteNotice},
		{"To ask for this set of crawl data, write to the archive's data team.", ReasonSiteNotice},
		// Video players, scripts, browsers.
		{"Sorry, the video player could not be loaded.", ReasonSiteNotice},
		{"Ratings appear once the video has been purchased.", ReasonSiteNotice},
		{"This video is unavailable.", ReasonSiteNotice},
		{"Something went wrong while loading. Please try again later.", ReasonSiteNotice},
		{"An error occurred. Please refresh the page.", ReasonSiteNotice},
		{"This content is not available in your region.", ReasonSiteNotice},
		{"Your browser doesn't support HTML5 video.", ReasonSiteNotice},
		{"Embed Parade floats return 1:12 autoplay Copy this code to your site", ReasonSiteNotice},
		// Missing pages.
		{"Oops, the page you are looking for does not exist.", ReasonSiteNotice},
		{"Error 404 - Page not found", ReasonSiteNotice},
		{"If you followed an old link, the URL may have changed; try the search box above.", ReasonSiteNotice},
		{"Still lost? Contact our webmaster.", ReasonSiteNotice},
		// Tweet location help.
		{"Tweeting with a location lets the service remember where you were.", ReasonSiteNotice},
		// Sign-in and registration forms.
		{"Log in with your reader account", ReasonSiteNotice},
		{"Hello again. Please log in to continue.", ReasonSiteNotice},
		{"Don't have an account? Create one in a minute.", ReasonSiteNotice},
		{"Forgot your password?", ReasonSiteNotice},
		{"Create an account", ReasonSiteNotice},
		{"By creating an account, you agree to the site's terms and privacy notice.", ReasonSiteNotice},
		{"Email Sign Up By signing up you agree to receive alerts from the Courier and its partners. You can unsubscribe at any time, and we will never share your address.", ReasonSiteNotice},
		{"Thanks for signing up! One last step.", ReasonSiteNotice},
		{"We've sent a verification link to your address. Please check your inbox to confirm your subscription.", ReasonSiteNotice},
		{"Sign in to manage your alerts and saved stories.", ReasonSiteNotice},
		// Hosting notices.
		{"Custom domain mapping can take up to a day to take effect.", ReasonSiteNotice},
		{"For more, visit our help centre.", ReasonSiteNotice},
		// Social prompts are share-and-follow boilerplate.
		{"Like us on Facebook and the day's top stories come to your feed.", ReasonBoilerplate},
		{"Find us at facebook.com/harbortimes", ReasonBoilerplate},
		{"Join the conversation on our page and tell us what you think.", ReasonBoilerplate},

		// News about the same things stays.
		{"The Internet Archive's web crawlers have saved more than 800 billion pages since 1996, the library said.", ""},
		{"Archived copies on the Wayback Machine show the page was edited on Monday.", ""},
		{"A web crawler run by the startup collected millions of pages, according to the lawsuit.", ""},
		{"The company trained the model largely on Common Crawl data, the paper says.", ""},
		{"Traffic slowed to a crawl on the interstate after the crash, state police said.", ""},
		{"The court heard that the site showed visitors a 404 error page for weeks.", ""},
		{"Officials said the data is not publicly available because of privacy rules.", ""},
		{"Jones said he signed in at the front desk at 9 a.m. and left an hour later.", ""},
		{"Voters must sign in with a poll worker before they receive a ballot.", ""},
		{"She said her account had been hacked and she could not log in for two days.", ""},
		{"He forgot his password and was locked out of the account, court papers say.", ""},
		{"By signing the treaty, the countries agreed to cut emissions by a third.", ""},
		{"The video, which has been viewed two million times, shows the officer running.", ""},
		{"The video has been purchased by the network for an undisclosed sum.", ""},
		{"Twitter said it would stop storing the precise location of tweets next month.", ""},
		{"The senator said something went wrong in the count and asked for a recount.", ""},
		{"The mayor thanked volunteers for registering voters ahead of the deadline.", ""},
		{"Police posted the video on Facebook and asked anyone who knew the driver to come forward.", ""},
		{"The seed for the final, Ana Ruiz, lost in straight sets.", ""},
		{"The domain name was registered in March, records show.", ""},
		{"Tweets from the account were deleted on Friday, hours after the video spread.", ""},
	}
	used := make([]bool, len(siteNotices))
	for _, tt := range tests {
		if got := classify(tt.text); got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if tt.want != ReasonSiteNotice {
			continue
		}
		kinds := siteNoticeKinds(tt.text)
		for k, re := range siteNoticeIndex().res {
			if kinds&(1<<k) != 0 && re.MatchString(tt.text) {
				used[k] = true
			}
		}
	}
	// Every kind has an example, which its phrases let through.
	for k, ok := range used {
		if !ok {
			t.Errorf("no example of site notice kind %d (%v)", k, siteNotices[k].words)
		}
	}
}

// TestSiteNoticePhrases checks the phrases that let a paragraph through to
// the expressions: lowercase, two bytes or more, no space to start, and few
// enough kinds for the bits that name them.
func TestSiteNoticePhrases(t *testing.T) {
	if len(siteNotices) > 64 {
		t.Fatalf("%d kinds of site notice, at most 64", len(siteNotices))
	}
	for _, n := range siteNotices {
		if len(n.words) == 0 {
			t.Errorf("%q has no phrases", n.expr)
		}
		for _, w := range n.words {
			if len(w) < 2 || w != strings.ToLower(w) || w[0] == ' ' {
				t.Errorf("phrase %q: want lowercase, starting a word", w)
			}
		}
	}
}

// TestWidgetPage checks the page-level rule: on a page that is mostly site
// notices the fragments and same-subject lines go too, but a report with a
// notice under it keeps its sentences.
func TestWidgetPage(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // the text kept
	}{
		{
			name: "sign-in form",
			body: "Log in with your reader account\n\nHello again. Please log in to continue.\n\nWhy do we need this?\n\nBy creating an account, you agree to the site's terms and privacy notice.\n\nDon't have an account? Create one in a minute.\n\nThanks for signing up! One last step.",
			want: "",
		},
		{
			name: "crawl description",
			body: "Regional news crawl with a fresh seed list and crawler settings from May 2019.\n\nWhat the set holds:\n\nCrawl start date: 4 May, 2019\n\nNumber of captures: 1,204,551\n\nNumber of unique URLs: 880,102\n\nThe seed list for this crawl was every host seen in last year's survey of the web.\n\nSome pages were missed because the crawler stopped twice during the run.",
			want: "",
		},
		{
			name: "short report over a video player",
			body: "Crews rescued two hikers from the ridge on Sunday after a night in the cold, the sheriff said.\n\nSorry, the video player could not be loaded.\n\nRatings appear once the video has been purchased.\n\nSomething went wrong while loading. Please try again later.",
			want: "Crews rescued two hikers from the ridge on Sunday after a night in the cold, the sheriff said.",
		},
		{
			name: "report with a notice",
			body: "Hikers rescued\n\nCrews rescued two hikers from the ridge on Sunday after a night in the cold, the sheriff said.\n\nBoth were taken to hospital with mild hypothermia and were expected to recover.\n\nThe sheriff urged walkers to carry a map and to tell someone where they were going.\n\nThis video is unavailable.",
			want: "Hikers rescued\n\nCrews rescued two hikers from the ridge on Sunday after a night in the cold, the sheriff said.\n\nBoth were taken to hospital with mild hypothermia and were expected to recover.\n\nThe sheriff urged walkers to carry a map and to tell someone where they were going.",
		},
	}
	for _, tt := range tests {
		a := &storyline.Article{ID: "w", Body: tt.body}
		Article(a)
		if a.Text != tt.want {
			t.Errorf("%s: kept %q, want %q", tt.name, a.Text, tt.want)
		}
		for _, d := range a.Dropped {
			if tt.body[d.Start:d.End] == "" || !strings.Contains(tt.body, strings.Fields(d.Text)[0]) {
				t.Errorf("%s: dropped %q has a bad span", tt.name, d.Text)
			}
		}
		// Cleaning twice gives the same result.
		before := a.Text
		Article(a)
		if a.Text != before {
			t.Errorf("%s: second cleaning changed the text", tt.name)
		}
	}
}
