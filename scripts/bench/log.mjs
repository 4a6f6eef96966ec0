// Progress goes to stderr so that stdout carries only the tables.
export const log = (...a) => console.error(...a);
