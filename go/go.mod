// The Go beside each experiment card of the page, in the lesson's style.
// scripts/gen-code.mjs shows go/<experiment id>.go on that card.
module example.org/parallel-playground/lesson

go 1.22
