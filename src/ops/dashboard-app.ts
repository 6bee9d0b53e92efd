/**
 * The queue dashboard's app: bull-board (https://github.com/felixmosh/bull-board) on express for
 * `queues` under `base`. Every wirehouse queue is shown; retrying and cleaning failed jobs is
 * allowed (read-only mode off), which is what operators use it for. Imported by dashboard.ts on
 * the first dashboard request only (see there why).
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import express from 'express';

/** The express app serving bull-board for `queues` under `base`. */
export function dashboardApp(queues: Queue[], base: string): express.Express {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(base);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false, allowRetries: true })),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'wirehouse',
        hideDocsLink: true,
        miscLinks: [
          { text: 'Status', url: '/' },
          { text: 'Metrics', url: '/metrics' },
        ],
      },
    },
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(base, serverAdapter.getRouter() as express.Router);
  return app;
}
