package lesson

// The fintech sketches: exact answers for any number of jobs and
// threads, their benchmarks at the page's sizes, and the per-goroutine
// cost measured without error.

import (
	"flag"
	"testing"
)

func TestManyTasksGiveJobsTimesFib(t *testing.T) {
	eachProcs(t, func(procs int) {
		for _, c := range [][2]int{{1, 0}, {1, 1}, {3, 10}, {7, 15}, {1000, 12}} {
			jobs, n := c[0], c[1]
			want := uint64(jobs) * fibReference(n)
			if got := oneGoroutinePerJob(jobs, n); got != want {
				t.Errorf("GOMAXPROCS(%d) oneGoroutinePerJob(%d, %d) = %d, want %d", procs, jobs, n, got, want)
			}
			if got := oneGoroutinePerThread(jobs, n); got != want {
				t.Errorf("GOMAXPROCS(%d) oneGoroutinePerThread(%d, %d) = %d, want %d", procs, jobs, n, got, want)
			}
		}
	})
}

func TestPerGoroutineCostRuns(t *testing.T) {
	// Two calls per benchmark instead of a second's worth.
	bt := flag.Lookup("test.benchtime")
	defer bt.Value.Set(bt.Value.String())
	if err := bt.Value.Set("2x"); err != nil {
		t.Fatal(err)
	}
	perGoroutineCost(100, 10)
}

// The page's defaults (crates/core/src/workloads/many_tasks.rs and
// the many_small card in crates/core/src/registry.rs).
const (
	manyJobs, manyN   = 1000, 28
	smallJobs, smallN = 20000, 21
)

func BenchmarkOneGoroutinePerJob(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = oneGoroutinePerJob(manyJobs, manyN)
	}
}

func BenchmarkOneGoroutinePerThread(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = oneGoroutinePerThread(manyJobs, manyN)
	}
}

func BenchmarkSmallOneGoroutinePerJob(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = oneGoroutinePerJob(smallJobs, smallN)
	}
}

func BenchmarkSmallOneGoroutinePerThread(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = oneGoroutinePerThread(smallJobs, smallN)
	}
}
