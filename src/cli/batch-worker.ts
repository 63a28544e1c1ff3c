// A worker thread of `muqabala batch`: compares the pairs it is sent, one at a time, and sends back each
// outcome with the index it came with.
import { parentPort } from 'node:worker_threads';
import type { BatchPair } from './batch-manifest.js';
import { comparePair } from './batch-pair.js';

parentPort?.on('message', (job: { index: number; pair: BatchPair }) => {
  parentPort?.postMessage({ index: job.index, outcome: comparePair(job.pair) });
});
