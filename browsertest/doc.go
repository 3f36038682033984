// Package browsertest drives the desk's web page in headless Chromium
// (Debian's chromium, through chromedp): open the story list, click a story,
// see its brief, take a screenshot, and check that an article carrying
// markup shows it as text. It holds only tests; they skip when chromium is
// not installed.
package browsertest
