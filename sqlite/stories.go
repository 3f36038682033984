package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"storyline"
)

// Article is an article as stored.
type Article struct {
	// Seq numbers articles in the order they arrived, from 1.
	Seq       int64               `json:"-"`
	ID        string              `json:"id"`
	Source    string              `json:"source"`
	URL       string              `json:"url,omitempty"`
	Title     string              `json:"title"`
	Published time.Time           `json:"published,omitzero"`
	Body      string              `json:"-"`
	Text      string              `json:"text,omitempty"`
	Dropped   []storyline.Dropped `json:"-"`
	Story     int                 `json:"story"`
	// CopyOf is the id of the article this one is a near-duplicate of.
	CopyOf string `json:"copy_of,omitempty"`
	// Batch is shared by the articles placed together in one batch; 0
	// for an article placed alone.
	Batch int64     `json:"-"`
	Added time.Time `json:"added"`
}

// Story is a story as stored: its head, without the articles.
type Story struct {
	ID       int       `json:"id"`
	Headline string    `json:"headline"`
	First    time.Time `json:"first,omitzero"`
	Last     time.Time `json:"last,omitzero"`
	Articles int       `json:"articles"`
	// Outlets are the distinct outlets, in order of first appearance.
	Outlets []string `json:"outlets"`
	// Version counts the writes of the story (and so of its brief) from 1.
	Version int64     `json:"version"`
	Updated time.Time `json:"updated"`
}

// Change is one step of a desk, written whole or not at all by Apply.
type Change struct {
	// New are the articles that arrived, with their story set.
	New []Article
	// Batch marks New as placed together in one batch, to be replayed so.
	Batch bool
	// Moves gives the new story of articles stored before.
	Moves map[string]int
	// Stories are written over the stored ones with the same id.
	Stories []Story
	// Briefs are the JSON briefs of stories, by story id.
	Briefs map[int][]byte
	// Deleted are stories left without articles.
	Deleted []int
}

// Apply writes a change in one transaction.
func (s *Store) Apply(ctx context.Context, ch Change) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		now := ms(time.Now())
		var batch int64
		if ch.Batch {
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(batch), 0) + 1 FROM articles`).Scan(&batch); err != nil {
				return err
			}
		}
		for _, st := range ch.Stories {
			outlets, _ := json.Marshal(nonNil(st.Outlets))
			if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, headline, first_time, last_time, article_count, outlet_count, outlets, updated)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_time = excluded.first_time,
				last_time = excluded.last_time, article_count = excluded.article_count,
				outlet_count = excluded.outlet_count, outlets = excluded.outlets, updated = excluded.updated,
				version = stories.version + 1`,
				st.ID, st.Headline, nullMS(st.First), nullMS(st.Last), st.Articles, len(st.Outlets), string(outlets), now); err != nil {
				return fmt.Errorf("writing story %d: %w", st.ID, err)
			}
		}
		for _, a := range ch.New {
			dropped, _ := json.Marshal(nonNil(a.Dropped))
			res, err := tx.ExecContext(ctx, `INSERT INTO articles (id, source, url, title, published, body, text, dropped, story_id, copy_of, batch, added)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				a.ID, a.Source, a.URL, a.Title, nullMS(a.Published), a.Body, a.Text, string(dropped), a.Story, a.CopyOf, batch, now)
			if err != nil {
				return fmt.Errorf("writing article %q: %w", a.ID, err)
			}
			seq, err := res.LastInsertId()
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, seq, a.Title, a.Text); err != nil {
				return fmt.Errorf("indexing article %q: %w", a.ID, err)
			}
		}
		for id, story := range ch.Moves {
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE id = ?`, story, id); err != nil {
				return fmt.Errorf("moving article %q to story %d: %w", id, story, err)
			}
		}
		for id, b := range ch.Briefs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO briefs (story_id, json, updated) VALUES (?, ?, ?)
				ON CONFLICT (story_id) DO UPDATE SET json = excluded.json, updated = excluded.updated`, id, string(b), now); err != nil {
				return fmt.Errorf("writing brief of story %d: %w", id, err)
			}
		}
		for _, id := range ch.Deleted {
			if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, id); err != nil {
				return fmt.Errorf("deleting story %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store %s: %w", s.path, err)
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// StoryQuery selects stories.
type StoryQuery struct {
	// Sort is "new" (latest article first, the default) or "covered" (most
	// outlets first).
	Sort string
	// Search keeps stories with an article whose title or text has every
	// word of it.
	Search        string
	Limit, Offset int
}

// Stories returns a page of stories and the number of stories matching.
func (s *Store) Stories(ctx context.Context, q StoryQuery) ([]Story, int, error) {
	where, args := "", []any{}
	if fts := ftsQuery(q.Search); fts != "" {
		where = `WHERE id IN (SELECT story_id FROM articles WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`
		args = append(args, fts)
	} else if strings.TrimSpace(q.Search) != "" {
		return []Story{}, 0, nil // only punctuation: nothing can match
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM stories `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("counting stories: %w", err)
	}
	order := `coalesce(last_time, updated) DESC, id DESC`
	switch q.Sort {
	case "", "new":
	case "covered":
		order = `outlet_count DESC, article_count DESC, coalesce(last_time, updated) DESC, id DESC`
	default:
		return nil, 0, fmt.Errorf("unknown sort %q (want new or covered)", q.Sort)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+storyCols+` FROM stories `+where+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(args, limit, max(q.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("listing stories: %w", err)
	}
	defer rows.Close()
	out := []Story{}
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, st)
	}
	return out, total, rows.Err()
}

const storyCols = `id, headline, first_time, last_time, article_count, outlets, version, updated`

type scanner interface{ Scan(...any) error }

func scanStory(r scanner) (Story, error) {
	var st Story
	var first, last sql.NullInt64
	var outlets string
	var updated int64
	if err := r.Scan(&st.ID, &st.Headline, &first, &last, &st.Articles, &outlets, &st.Version, &updated); err != nil {
		return st, fmt.Errorf("reading story: %w", err)
	}
	st.First, st.Last = fromMS(first), fromMS(last)
	st.Updated = time.UnixMilli(updated).UTC()
	if err := json.Unmarshal([]byte(outlets), &st.Outlets); err != nil {
		return st, fmt.Errorf("story %d: bad outlets %q: %w", st.ID, outlets, err)
	}
	return st, nil
}

// ftsQuery turns words typed by a user into an FTS5 query that matches
// texts holding all of them: each word quoted, so that no character of the
// input is read as FTS5 syntax.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(q, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127)
	}) {
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(terms, " ")
}

// StoryVersion returns the version of a story: a cheap check of whether
// what was read of it before is still current.
func (s *Store) StoryVersion(ctx context.Context, id int) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `SELECT version FROM stories WHERE id = ?`, id).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("story %d: %w", id, ErrNotFound)
	}
	return v, err
}

// Story returns one story and its brief as JSON.
func (s *Store) Story(ctx context.Context, id int) (Story, []byte, error) {
	st, err := scanStory(s.db.QueryRowContext(ctx, `SELECT `+storyCols+` FROM stories WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil, fmt.Errorf("story %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return st, nil, err
	}
	var b string
	err = s.db.QueryRowContext(ctx, `SELECT json FROM briefs WHERE story_id = ?`, id).Scan(&b)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return st, nil, fmt.Errorf("reading brief of story %d: %w", id, err)
	}
	return st, []byte(b), nil
}

// ArticleQuery selects articles.
type ArticleQuery struct {
	// Story keeps the articles of one story when not 0.
	Story int
	// Full fills Body, Text and Dropped.
	Full          bool
	Limit, Offset int
	// Oldest lists in order of arrival instead of newest first.
	Oldest bool
}

// Articles returns a page of articles.
func (s *Store) Articles(ctx context.Context, q ArticleQuery) ([]Article, error) {
	var out []Article
	err := s.EachArticle(ctx, q, func(a Article) error {
		out = append(out, a)
		return nil
	})
	if out == nil {
		out = []Article{}
	}
	return out, err
}

// EachArticle calls fn on every article q selects.
func (s *Store) EachArticle(ctx context.Context, q ArticleQuery, fn func(Article) error) error {
	where, args := "", []any{}
	if q.Story != 0 {
		where, args = "WHERE story_id = ?", append(args, q.Story)
	}
	order := "seq DESC"
	if q.Oldest {
		order = "seq"
	}
	return s.eachArticle(ctx, where, args, order, q.Limit, q.Offset, q.Full, fn)
}

func (s *Store) eachArticle(ctx context.Context, where string, args []any, order string, limit, offset int, full bool, fn func(Article) error) error {
	cols := `seq, id, source, url, title, published, story_id, copy_of, batch, added, '', '', '[]'`
	if full {
		cols = `seq, id, source, url, title, published, story_id, copy_of, batch, added, body, text, dropped`
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` FROM articles `+where+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(args, limit, max(offset, 0))...)
	if err != nil {
		return fmt.Errorf("listing articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Article
		var pub sql.NullInt64
		var added int64
		var dropped string
		if err := rows.Scan(&a.Seq, &a.ID, &a.Source, &a.URL, &a.Title, &pub, &a.Story, &a.CopyOf, &a.Batch, &added, &a.Body, &a.Text, &dropped); err != nil {
			return fmt.Errorf("reading article: %w", err)
		}
		a.Published, a.Added = fromMS(pub), time.UnixMilli(added).UTC()
		if err := json.Unmarshal([]byte(dropped), &a.Dropped); err != nil {
			return fmt.Errorf("article %q: bad dropped list: %w", a.ID, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return rows.Err()
}

// HasArticle reports whether an article with this id is stored, and its story.
func (s *Store) HasArticle(ctx context.Context, id string) (int, bool, error) {
	var story int
	err := s.db.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, id).Scan(&story)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return story, err == nil, err
}

// Counts are the sizes of a store.
type Counts struct {
	Articles, Stories, Feeds int
}

// Counts returns how many articles, stories and feeds are stored.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories), (SELECT count(*) FROM feeds)`).
		Scan(&c.Articles, &c.Stories, &c.Feeds)
	return c, err
}

// Article returns one article with its text.
func (s *Store) Article(ctx context.Context, id string) (Article, error) {
	var found *Article
	err := s.eachArticle(ctx, `WHERE id = ?`, []any{id}, "seq", 1, 0, true, func(a Article) error {
		found = &a
		return nil
	})
	if err != nil {
		return Article{}, err
	}
	if found == nil {
		return Article{}, fmt.Errorf("article %q: %w", id, ErrNotFound)
	}
	return *found, nil
}
