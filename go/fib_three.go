package lesson

// Three independent CPU-bound jobs: one after another, then as
// three goroutines. The goroutines make the code concurrent;
// only GOMAXPROCS and the cores decide whether the three fib
// calls run at the same time. (fib is the fib card's.)

import "sync"

func fibThreeInTurn(n int) uint64 {
	return fib(n) + fib(n) + fib(n)
}

func fibThreeGoroutines(n int) uint64 {
	var answers [3]uint64
	var wg sync.WaitGroup
	for job := 0; job < 3; job++ {
		wg.Add(1)
		go func(job int) {
			defer wg.Done()
			answers[job] = fib(n)
		}(job)
	}
	wg.Wait() // like the end of a rayon::scope: all tasks done
	return answers[0] + answers[1] + answers[2]
}
