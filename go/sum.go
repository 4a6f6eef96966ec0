package lesson

// Summing numbers. sumSeq is the baseline; sumHalves is the
// textbook version with one goroutine per half; sumChunks
// starts one goroutine per chunk, as many as you ask for.
// rayon's par_iter is sumChunks with the number of chunks
// chosen by the pool as threads become free.

import "sync"

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

// One goroutine per chunk; the WaitGroup waits until every one
// is done.
func sumChunks(values []uint32, tasks int) uint64 {
	partial := make([]uint64, tasks)
	var wg sync.WaitGroup
	for t := range tasks {
		lo, hi := t*len(values)/tasks, (t+1)*len(values)/tasks
		wg.Add(1)
		go func() {
			defer wg.Done()
			partial[t] = sumSeq(values[lo:hi])
		}()
	}
	wg.Wait()
	var total uint64
	for _, p := range partial {
		total += p
	}
	return total
}
