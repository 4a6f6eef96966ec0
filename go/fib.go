package lesson

// One job, split recursively. Above the cutoff, a call hands
// one half to a new goroutine and computes the other half
// itself, then waits for the first: the shape of rayon::join.
// Below it, plain recursion.

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	return fib(n-1) + fib(n-2)
}

func fibSplit(n, cutoff int) uint64 {
	if n <= cutoff || n < 2 {
		return fib(n)
	}
	left := make(chan uint64, 1)
	go func() { left <- fibSplit(n-1, cutoff) }()
	right := fibSplit(n-2, cutoff) // this goroutine works meanwhile
	return <-left + right
}
