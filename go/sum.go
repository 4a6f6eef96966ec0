package lesson

// Summing numbers that sit in memory: fill writes them once,
// before any timing, as the page fills its buffer. sumSeq is
// the baseline; sumHalves is the lesson's two halves, one
// goroutine each; sumChunks starts one goroutine per chunk, as
// many as you ask for; sumPar is what rayon's par_iter does.

import "sync"

// values[i] = i, the numbers every version adds up.
func fill(n int) []uint32 {
	values := make([]uint32, n)
	for i := range values {
		values[i] = uint32(i)
	}
	return values
}

func sumSeq(values []uint32) uint64 {
	var total uint64
	for _, v := range values {
		total += uint64(v)
	}
	return total
}

// Two goroutines; each sends the total of its half on the
// channel.
func sumHalves(values []uint32) uint64 {
	mid := len(values) / 2
	totals := make(chan uint64, 2)
	go func() { totals <- sumSeq(values[:mid]) }()
	go func() { totals <- sumSeq(values[mid:]) }()
	return <-totals + <-totals
}

// One goroutine per chunk, each writing its own slot; the
// WaitGroup waits until every one is done (rayon::scope).
func sumChunks(values []uint32, tasks int) uint64 {
	if tasks < 1 {
		tasks = 1
	}
	partial := make([]uint64, tasks)
	var wg sync.WaitGroup
	for t := 0; t < tasks; t++ {
		chunk := values[t*len(values)/tasks : (t+1)*len(values)/tasks]
		wg.Add(1)
		go func(t int, chunk []uint32) {
			defer wg.Done()
			partial[t] = sumSeq(chunk)
		}(t, chunk)
	}
	wg.Wait()
	var total uint64
	for _, p := range partial {
		total += p
	}
	return total
}

// rayon's par_iter cuts the slice into leaves of at least 65536
// values and idle threads take them; here one goroutine per
// leaf, and Go's scheduler hands them to its threads.
const leaf = 1 << 16

func sumPar(values []uint32) uint64 {
	return sumChunks(values, (len(values)+leaf-1)/leaf)
}
