package lesson

// One job, split recursively. Above the cutoff a call starts a
// goroutine for fib(n-2), computes fib(n-1) itself, then waits
// for the goroutine: the shape of rayon::join. At or below the
// cutoff, plain recursion and no goroutine at all.
//
// rayon::join is lazier: it only offers its second half to idle
// threads, and runs it itself if none takes it. A goroutine is
// started every time, so the cutoff is what keeps each task
// large enough to pay for its start.

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	return fib(n-1) + fib(n-2)
}

func fibSplit(n, cutoff int) uint64 {
	if n < 2 || n <= cutoff {
		return fib(n)
	}
	right := make(chan uint64, 1)
	go func() { right <- fibSplit(n-2, cutoff) }()
	left := fibSplit(n-1, cutoff) // this goroutine works meanwhile
	return left + <-right
}
