package browsertest

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	shttp "storyline/http"
	"storyline/ingest"
	"storyline/read"
	"storyline/sqlite"
)

const token = "browser-test-token"

// hostile is an article whose title and text carry markup that would run
// if it reached the page unescaped.
const hostile = `{"id": "hostile", "source": "Evil Gazette", "title": "Storm <script>window.__pwned='title'</script> hits Serrat",
"published": "2025-04-20T09:00:00Z",
"text": "Heavy rain flooded the valley on Tuesday and the river rose through the night. <img src=x onerror=\"window.__pwned='text'\"> The council said that the bridge would stay closed while engineers checked it.\n\nResidents were told to stay away from the river banks until the water level falls."}`

// chromium finds Debian's chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not found: install Debian's chromium (apt-get install -y chromium) to run the browser test")
	return ""
}

// desk serves a desk holding the demo corpus and the hostile article.
func desk(t *testing.T) (base, hostileStory string) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	d, err := ingest.NewDesk(ctx, store, nil)
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := read.Paths(ctx, []string{"../examples"}, nil, read.Options{})
	if len(arts) == 0 {
		t.Fatalf("reading ../examples: %v", errs)
	}
	if _, _, err := d.AddBatch(ctx, arts); err != nil {
		t.Fatal(err)
	}
	s, err := shttp.New(store, d, shttp.Options{Token: token})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	req, _ := http.NewRequest("POST", srv.URL+"/api/articles", strings.NewReader(hostile))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res ingest.Result
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != 201 {
		t.Fatalf("uploading the hostile article: %d, %v", resp.StatusCode, err)
	}
	return srv.URL, "/stories/" + itoa(res.Story)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestBrowseStories(t *testing.T) {
	bin := chromium(t)
	base, hostilePath := desk(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1200, 1600),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	var dialogs atomic.Int32 // alerts opened by script that ran
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
		}
	}))
	defer cancel()

	// The list, most covered first, then a click on its first story. The
	// first run starts the browser, whose life is that of its context: the
	// time limit goes on the steps after it.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?sort=covered")); err != nil {
		t.Fatalf("opening the list: %v", err)
	}
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	must("waiting for the list", chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`ol.stories a.headline`))))
	listText, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`ol.stories`)))
	must("reading the list", err)
	must("clicking a story", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`ol.stories li:first-child a.headline`)),
		chromedp.WaitVisible(chromedp.CSS(`#summary li`))))
	headline, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#headline`)))
	must("reading the headline", err)
	summary, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#summary li').length`))
	must("counting summary sentences", err)
	path := os.Getenv("STORYLINE_SCREENSHOT")
	if path == "" {
		path = filepath.Join(t.TempDir(), "story.png")
	}
	quality := 80 // JPEG
	if strings.HasSuffix(path, ".png") {
		quality = 100 // chromium's PNG
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(quality))
	must("taking a screenshot", err)
	for _, want := range []string{"Varnia floods", "Corvane", "Talvora", "Aldwin"} {
		if !strings.Contains(listText, want) {
			t.Errorf("story list lacks %q:\n%s", want, listText)
		}
	}
	if headline == "" || summary == 0 {
		t.Errorf("story page: headline %q, %d summary sentences; want a brief", headline, summary)
	}
	if !strings.Contains(listText, "<script>window.__pwned='title'</script>") {
		t.Errorf("the hostile title is not shown as text in the list:\n%s", listText)
	}
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("story %q: %d summary sentences; screenshot %s (%d bytes)", headline, summary, path, len(shot))

	// The hostile article's own page: its markup is text, nothing ran.
	must("opening the hostile story", chromedp.Do(ctx, chromedp.Navigate(base+hostilePath), chromedp.WaitVisible(chromedp.CSS(`#articles`))))
	articleText, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#articles .text')].map(e => e.textContent).join('\n')`))
	must("reading the article text", err)
	scripts, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('script').length`))
	must("counting scripts", err)
	images, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('img').length`))
	must("counting images", err)
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__pwned !== undefined`))
	must("checking that nothing ran", err)
	if !strings.Contains(articleText, `<img src=x onerror="window.__pwned='text'">`) {
		t.Errorf("the hostile text is not shown as text:\n%s", articleText)
	}
	if scripts != 0 || images != 0 || pwned || dialogs.Load() != 0 {
		t.Errorf("hostile markup became page content: %d scripts, %d images, ran: %v, %d dialogs", scripts, images, pwned, dialogs.Load())
	}
}
