// The heap npm start runs with. V8 lets a heap over 2 GB grow to about four times the data it holds
// before collecting; under 2 GB it collects at about twice. At 50,000 deals the run holds about
// 300 MB, so the cap keeps its peak under 1 GB (measured in `npm run bench -- start`) for a few
// percent more time, and leaves room for several times as many deals.
export const START_HEAP_MB = 2000;

/** Node's options for npm start (package.json's "start" script passes the same; a test holds them equal). */
export const START_NODE_FLAGS = [`--max-old-space-size=${START_HEAP_MB}`];
