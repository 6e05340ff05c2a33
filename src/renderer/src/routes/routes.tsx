import type { RouteObject } from 'react-router';
import { AppChrome } from '../app/AppChrome';
import { AppRoot } from '../app/AppRoot';
import { NotFound } from './NotFound';
import { patterns } from './paths';
import {
  CompareRoute,
  LiveRoute,
  PeopleRoute,
  PersonReportRoute,
  ProgressRoute,
  ReplayRoute,
  SessionReportRoute,
  SessionRoute,
  SessionsRoute,
  SettingsRoute,
} from './screens';

/**
 * Every screen at its address (paths.ts). A report is a page of its own, without the app's header,
 * so it prints alone; every other screen sits below the header and its tabs.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <AppRoot />,
    children: [
      { path: patterns.sessionReport, element: <SessionReportRoute /> },
      { path: patterns.personReport, element: <PersonReportRoute /> },
      {
        element: <AppChrome />,
        children: [
          { index: true, element: <LiveRoute /> },
          { path: patterns.sessions, element: <SessionsRoute view="sessions" /> },
          { path: patterns.trash, element: <SessionsRoute view="trash" /> },
          { path: patterns.session, element: <SessionRoute /> },
          { path: patterns.replay, element: <ReplayRoute /> },
          { path: patterns.compare, element: <CompareRoute /> },
          { path: patterns.comparePair, element: <CompareRoute /> },
          { path: patterns.progress, element: <ProgressRoute /> },
          { path: patterns.people, element: <PeopleRoute /> },
          { path: patterns.settings, element: <SettingsRoute /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
