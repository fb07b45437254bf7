/// <reference lib="webworker" />
import { costThread, type ToCostThread } from '../../../shared/metrics/costThread';

// The analysis worker's second thread: the tariff cost of each filter change, made while the
// analysis worker makes the rest (shared/metrics/costThread.ts). Made by and ended with it.

const answer = costThread();

self.onmessage = (event: MessageEvent<ToCostThread>) => {
  const reply = answer(event.data);
  if (reply) (self as unknown as Worker).postMessage(reply.answer, reply.transfer);
};
