-- Storyline store, version 1: articles, stories, briefs and feeds.
-- Times are Unix milliseconds (UTC); NULL means unknown.

CREATE TABLE stories (
	id            INTEGER PRIMARY KEY,
	headline      TEXT    NOT NULL,
	first_time    INTEGER,
	last_time     INTEGER,
	article_count INTEGER NOT NULL,
	outlet_count  INTEGER NOT NULL,
	outlets       TEXT    NOT NULL DEFAULT '[]', -- JSON array, in order of first appearance
	version       INTEGER NOT NULL DEFAULT 1,    -- counts the writes of the story, for caches
	updated       INTEGER NOT NULL
);
CREATE INDEX stories_last ON stories (coalesce(last_time, updated) DESC);
CREATE INDEX stories_covered ON stories (outlet_count DESC, article_count DESC);

CREATE TABLE articles (
	seq       INTEGER PRIMARY KEY AUTOINCREMENT, -- order of arrival: the clusterer is replayed in it
	id        TEXT    NOT NULL UNIQUE,
	source    TEXT    NOT NULL DEFAULT '',
	url       TEXT    NOT NULL DEFAULT '',
	title     TEXT    NOT NULL DEFAULT '',
	published INTEGER,
	body      TEXT    NOT NULL,
	text      TEXT    NOT NULL,
	dropped   TEXT    NOT NULL DEFAULT '[]', -- JSON of what cleaning removed
	story_id  INTEGER NOT NULL REFERENCES stories (id),
	copy_of   TEXT    NOT NULL DEFAULT '',
	batch     INTEGER NOT NULL DEFAULT 0, -- articles placed together share a batch; 0 is one alone
	added     INTEGER NOT NULL
);
CREATE INDEX articles_story ON articles (story_id, seq);

CREATE TABLE briefs (
	story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
	json     TEXT    NOT NULL,
	updated  INTEGER NOT NULL
);

CREATE TABLE feeds (
	url           TEXT    PRIMARY KEY,
	etag          TEXT    NOT NULL DEFAULT '',
	last_modified TEXT    NOT NULL DEFAULT '',
	next_poll     INTEGER NOT NULL,
	last_poll     INTEGER,
	errors        INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT    NOT NULL DEFAULT '',
	articles      INTEGER NOT NULL DEFAULT 0,
	added         INTEGER NOT NULL
);

-- Full-text index of article titles and texts, for ?q= searches.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'seq');
