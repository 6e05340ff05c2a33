/** Export: a session as CSV (per frame) or JSON, a person's sessions as one CSV. */
export { toCsv, type CsvCell } from './csv';
export {
  CSV_ROWS_PER_PART,
  frameCsvColumns,
  sessionFramesCsv,
  sessionFramesCsvParts,
  type FramesCsvInput,
} from './frames-csv';
export { analysedFrameMetrics, sessionFrameMetrics, sessionFrameMetricsAt } from './frame-metrics';
export { sessionJson, SESSION_JSON_FORMAT, SESSION_JSON_UNITS, SESSION_JSON_VERSION } from './session-json';
export { personSummariesCsv, PERSON_CSV_COLUMNS } from './person-csv';
