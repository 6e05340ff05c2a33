import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one cache of data from the main process. The service is local: a failed read is not a
 * network blip worth retrying, it is shown (with "Try again") at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}
