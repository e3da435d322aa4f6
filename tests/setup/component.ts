import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '../../mocks/node';
import { freshBackend } from './backend';

// Component tests run the real app over the mock network: give async queries room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Every test starts from a fresh seeded mock OpenCTI, and any request no handler answers fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  freshBackend();
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
