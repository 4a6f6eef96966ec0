package lesson

// Every sketch gives the exact answer, on one thread and on several,
// and the two claims the sketches' comments make that a test can see:
// no goroutine at or below fib's cutoff, and waits that overlap on one
// thread.

import (
	"flag"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fibReference is fib by iteration, the value every version must return.
func fibReference(n int) uint64 {
	a, b := uint64(0), uint64(1)
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

// eachProcs runs check under GOMAXPROCS 1, 2 and 4, then puts it back.
func eachProcs(t *testing.T, check func(procs int)) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		check(procs)
	}
}

func TestSumsAreTheSumOfTheValues(t *testing.T) {
	eachProcs(t, func(procs int) {
		for _, n := range []int{0, 1, 2, 3, 7, 1000, leaf + 1, 1000003} {
			values := fill(n)
			want := uint64(n) * uint64(n-1) / 2
			if n == 0 {
				want = 0
			}
			got := map[string]uint64{
				"sumSeq": sumSeq(values), "sumHalves": sumHalves(values), "sumPar": sumPar(values),
				"sumLocked": sumLocked(values), "sumAtomic": sumAtomic(values),
			}
			for _, tasks := range []int{0, 1, 2, 3, 7, 1000} {
				if s := sumChunks(values, tasks); s != want {
					t.Errorf("GOMAXPROCS(%d) sumChunks(fill(%d), %d) = %d, want %d", procs, n, tasks, s, want)
				}
			}
			for name, s := range got {
				if s != want {
					t.Errorf("GOMAXPROCS(%d) %s(fill(%d)) = %d, want %d", procs, name, n, s, want)
				}
			}
		}
	})
}

func TestFibsAreFibonacciNumbers(t *testing.T) {
	if fibReference(10) != 55 || fibReference(30) != 832040 {
		t.Fatal("the reference itself is wrong")
	}
	eachProcs(t, func(procs int) {
		for n := 0; n <= 22; n++ {
			want := fibReference(n)
			if got := fib(n); got != want {
				t.Errorf("fib(%d) = %d, want %d", n, got, want)
			}
			for _, cutoff := range []int{0, 1, 10, 20, 64} {
				if got := fibSplit(n, cutoff); got != want {
					t.Errorf("GOMAXPROCS(%d) fibSplit(%d, %d) = %d, want %d", procs, n, cutoff, got, want)
				}
			}
		}
		want := 3 * fibReference(20)
		got := map[string]uint64{
			"fibThreeInTurn": fibThreeInTurn(20), "fibThreeGoroutines": fibThreeGoroutines(20),
			"inPool(1)": inPool(1, 3, 20), "inPool(2)": inPool(2, 3, 20), "inPool(3)": inPool(3, 3, 20),
			"mixedInTurn": mixedInTurn(3, time.Millisecond, 20), "mixedAtOnce": mixedAtOnce(3, time.Millisecond, 20),
		}
		for name, g := range got {
			if g != want {
				t.Errorf("GOMAXPROCS(%d) %s = %d, want %d", procs, name, g, want)
			}
		}
	})
}

// A split starts a goroutine and makes a channel: both allocate. At or
// below the cutoff nothing may be allocated at all.
func TestFibSplitStartsGoroutinesOnlyAboveTheCutoff(t *testing.T) {
	if a := testing.AllocsPerRun(20, func() { fibSplit(20, 20) }); a != 0 {
		t.Errorf("fibSplit(20, 20) allocates %.1f times: it split at the cutoff", a)
	}
	// fib(20) with cutoff 18 splits twice: at 20 and at 19.
	if a := testing.AllocsPerRun(20, func() { fibSplit(20, 18) }); a < 2 {
		t.Errorf("fibSplit(20, 18) allocates %.1f times: it did not split twice", a)
	}
}

// inFetch counts the goroutines started by function `by` that sleep in
// fetch right now, read from the stacks of all goroutines.
func inFetch(by string) int {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	createdBy := regexp.MustCompile(`\ncreated by \S+/lesson\.` + by + `\b`)
	n := 0
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "[sleep]") && strings.Contains(g, "/lesson.fetch(") && createdBy.MatchString(g) {
			n++
		}
	}
	return n
}

// One thread is enough for the waits to overlap: at one moment every
// job's goroutine is asleep in fetch. Seen in the goroutines' stacks, not
// read off a clock a busy machine could stretch.
func TestWaitsOverlapOnOneThread(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	const jobs, wait = 10, 500 * time.Millisecond
	done := make(chan bool, 2)
	go func() { fetchAtOnce(jobs, wait); done <- true }()
	go func() { mixedAtOnce(jobs, wait, 10); done <- true }()
	seen := map[string]bool{}
	for finished := 0; finished < 2; {
		for _, by := range []string{"fetchAtOnce", "mixedAtOnce"} {
			if inFetch(by) == jobs {
				seen[by] = true
			}
		}
		select {
		case <-done:
			finished++
		case <-time.After(5 * time.Millisecond):
		}
	}
	for _, by := range []string{"fetchAtOnce", "mixedAtOnce"} {
		if !seen[by] {
			t.Errorf("%s never had its %d waits under way at once on one thread", by, jobs)
		}
	}
}

// The sketches that time under a GOMAXPROCS run, see the GOMAXPROCS they
// asked for, and leave it as it was.
func TestOnThreadsPutsGOMAXPROCSBack(t *testing.T) {
	// Two calls per benchmark instead of a second's worth.
	bt := flag.Lookup("test.benchtime")
	defer bt.Value.Set(bt.Value.String())
	if err := bt.Value.Set("2x"); err != nil {
		t.Fatal(err)
	}
	before := runtime.GOMAXPROCS(0)
	for _, procs := range []int{1, 3} {
		seen := 0
		if d := onThreads(procs, func() { seen = runtime.GOMAXPROCS(0) }); d < 0 {
			t.Errorf("onThreads(%d) measured %v", procs, d)
		}
		if seen != procs {
			t.Errorf("onThreads(%d) ran its job under GOMAXPROCS(%d)", procs, seen)
		}
	}
	oversubscribe(15, 5)
	oneVsK(15, 2)
	timeSlicing(15)
	if after := runtime.GOMAXPROCS(0); after != before {
		t.Errorf("GOMAXPROCS was %d before the sketches and %d after", before, after)
	}
}
