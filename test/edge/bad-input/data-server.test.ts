import { afterAll, beforeAll } from 'vitest';
import { describeCatalogue, runCaseAsync } from '../../helpers/bad-input.js';
import { startServer, type TestServer } from '../../helpers/feed-server.js';
import { dataServerCases, routesOf } from './data-server-cases.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(routesOf());
});
afterAll(() => server.close());

describeCatalogue(
  'data update against a server: the bad-input catalogue',
  dataServerCases(() => server),
  runCaseAsync,
);
