// The heap npm start runs with. V8 lets a heap over 2 GB grow to about four times the data it holds
// before collecting; under 2 GB, to about twice. At 50,000 deals the run holds about 300 MB: the cap
// keeps its peak under 1 GB. A young generation of 24 MB semi-spaces (16 by default) lets the many
// short-lived rows of a big sheet die young instead of being copied into the old generation: about
// a sixth less time at 50,000 deals for some 100 MB more at the peak (`npm run bench -- start`).
export const START_HEAP_MB = 2000;
export const START_SEMI_SPACE_MB = 24;

/** Node's options for npm start (package.json's "start" script passes the same; a test holds them equal). */
export const START_NODE_FLAGS = [
  `--max-old-space-size=${START_HEAP_MB}`,
  `--max-semi-space-size=${START_SEMI_SPACE_MB}`,
];
