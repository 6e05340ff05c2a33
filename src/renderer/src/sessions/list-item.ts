import type { SessionListItem, SessionSummary } from '../../../shared/api';

/**
 * The list item once its session was saved (sessions.update answers the whole session): every
 * field as saved, its results still without analyses, and its progress numbers (details do not
 * change them; a move takes the session out of the list).
 */
export function withSaved(item: SessionListItem, saved: SessionSummary): SessionListItem {
  const { analysis: _analysis, results: _results, ...fields } = saved;
  return { ...item, ...fields };
}
