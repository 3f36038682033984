package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Feed is a feed a desk polls, with its fetch state.
type Feed struct {
	URL string `json:"url"`
	// ETag and LastModified are the validators of the last answer, sent
	// back on the next poll so that an unchanged feed costs a 304.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	NextPoll     time.Time `json:"next_poll"`
	LastPoll     time.Time `json:"last_poll,omitzero"`
	// Errors counts the polls that failed in a row; it sets the backoff.
	Errors    int       `json:"errors"`
	LastError string    `json:"last_error,omitempty"`
	Articles  int       `json:"articles"`
	Added     time.Time `json:"added"`
}

// AddFeed adds a feed, to be polled at once. Adding a feed twice is not an
// error; it reports false.
func (s *Store) AddFeed(ctx context.Context, url string) (bool, error) {
	now := ms(time.Now())
	res, err := s.db.ExecContext(ctx, `INSERT INTO feeds (url, next_poll, added) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING`, url, now, now)
	if err != nil {
		return false, fmt.Errorf("adding feed %s: %w", url, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// RemoveFeed removes a feed; ErrNotFound when there is none.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return fmt.Errorf("removing feed %s: %w", url, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("feed %s: %w", url, ErrNotFound)
	}
	return nil
}

// Feeds returns the feeds, in the order they were added.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	return s.feeds(ctx, `ORDER BY added, url`)
}

// DueFeeds returns the feeds whose next poll is at or before now, the most
// overdue first.
func (s *Store) DueFeeds(ctx context.Context, now time.Time) ([]Feed, error) {
	return s.feeds(ctx, `WHERE next_poll <= ? ORDER BY next_poll, url`, ms(now))
}

// Feed returns one feed.
func (s *Store) Feed(ctx context.Context, url string) (Feed, error) {
	fs, err := s.feeds(ctx, `WHERE url = ?`, url)
	if err != nil {
		return Feed{}, err
	}
	if len(fs) == 0 {
		return Feed{}, fmt.Errorf("feed %s: %w", url, ErrNotFound)
	}
	return fs[0], nil
}

func (s *Store) feeds(ctx context.Context, tail string, args ...any) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, etag, last_modified, next_poll, last_poll, errors, last_error, articles, added FROM feeds `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("listing feeds: %w", err)
	}
	defer rows.Close()
	out := []Feed{}
	for rows.Next() {
		var f Feed
		var next, added int64
		var last sql.NullInt64
		if err := rows.Scan(&f.URL, &f.ETag, &f.LastModified, &next, &last, &f.Errors, &f.LastError, &f.Articles, &added); err != nil {
			return nil, fmt.Errorf("reading feed: %w", err)
		}
		f.NextPoll, f.LastPoll, f.Added = time.UnixMilli(next).UTC(), fromMS(last), time.UnixMilli(added).UTC()
		out = append(out, f)
	}
	return out, rows.Err()
}

// UpdateFeed records the outcome of a poll: validators, next poll, errors
// and the count of articles taken. A feed removed meanwhile stays removed.
func (s *Store) UpdateFeed(ctx context.Context, f Feed) error {
	_, err := s.db.ExecContext(ctx, `UPDATE feeds SET etag = ?, last_modified = ?, next_poll = ?, last_poll = ?,
		errors = ?, last_error = ?, articles = ? WHERE url = ?`,
		f.ETag, f.LastModified, ms(f.NextPoll), nullMS(f.LastPoll), f.Errors, f.LastError, f.Articles, f.URL)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("updating feed %s: %w", f.URL, err)
	}
	return nil
}
