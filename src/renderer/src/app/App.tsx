import { QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../data/query-client';
import { appRoutes } from '../routes/routes';

const queryClient = createQueryClient();
// hash history: the desktop window's app:// file and browser mode's page alike keep the address after the #
const router = createHashRouter(appRoutes);

/** The app: its one cache of data from the main process, and its screens by address. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
