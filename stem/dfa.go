package stem

// repeat says how often a pattern element may occur.
type repeat uint8

const (
	one  repeat = iota // exactly once
	opt                // zero or one time
	star               // any number of times
)

// element is one item of a flat pattern: a set of character classes and
// how often it repeats.
type element struct {
	set uint8 // bit mask over the character classes
	rep repeat
}

func el(set uint8, rep repeat) element { return element{set, rep} }

// dfa is a deterministic automaton over character classes for a pattern
// anchored at the start of the word. State 0 is dead and state 1 the start.
type dfa struct {
	next   [][numClasses]uint8
	accept []bool
	// prefix: the pattern is not anchored at the end, so reaching an
	// accepting state decides the match.
	prefix bool
}

// match reports whether the pattern matches w (a prefix of w when
// d.prefix, all of w otherwise).
func (d *dfa) match(w []byte) bool {
	s := uint8(1)
	for _, b := range w {
		if d.prefix && d.accept[s] {
			return true
		}
		if s = d.next[s][classOf[b]]; s == 0 {
			return false
		}
	}
	return d.accept[s]
}

// compile builds the automaton of a sequence of elements by the subset
// construction. The patterns here have at most a dozen elements, so a set
// of positions fits a uint16 and the automata stay small.
func compile(prefix bool, elems ...element) *dfa {
	final := len(elems)
	// closure adds the positions reachable by skipping optional elements.
	closure := func(s uint16) uint16 {
		for i := 0; i < final; i++ {
			if s&(1<<i) != 0 && elems[i].rep != one {
				s |= 1 << (i + 1)
			}
		}
		return s
	}
	d := &dfa{prefix: prefix}
	index := map[uint16]uint8{}
	var sets []uint16
	add := func(s uint16) uint8 {
		if id, ok := index[s]; ok {
			return id
		}
		id := uint8(len(sets))
		index[s] = id
		sets = append(sets, s)
		d.next = append(d.next, [numClasses]uint8{})
		d.accept = append(d.accept, s&(1<<final) != 0)
		return id
	}
	add(0)               // dead state
	add(closure(1 << 0)) // start state
	for id := 1; id < len(sets); id++ {
		s := sets[id]
		for c := range numClasses {
			var t uint16
			for i := 0; i < final; i++ {
				if s&(1<<i) == 0 || elems[i].set&(1<<c) == 0 {
					continue
				}
				if elems[i].rep == star {
					t |= 1 << i
				} else {
					t |= 1 << (i + 1)
				}
			}
			d.next[id][c] = add(closure(t))
		}
	}
	return d
}
