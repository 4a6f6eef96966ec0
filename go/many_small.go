package lesson

// What a goroutine costs: the fintech card's two functions, with
// jobs of about 20 µs (fib(21)) and twenty thousand of them. Each
// goroutine costs its start (a small stack) and a turn of the
// scheduler: nothing beside a 1 ms job, a share of a tiny one.
//
//	go test -run '^$' -bench 'PerJob|PerThread' -cpu 1,2

import (
	"runtime"
	"time"
)

// perGoroutineCost is what each goroutine adds: one goroutine per
// job against one per thread, the difference shared over the jobs.
func perGoroutineCost(jobs, n int) time.Duration {
	procs := runtime.GOMAXPROCS(0)
	many := onThreads(procs, func() { oneGoroutinePerJob(jobs, n) })
	few := onThreads(procs, func() { oneGoroutinePerThread(jobs, n) })
	return (many - few) / time.Duration(jobs)
}
