/**
 * How src/excel reaches a workbook: a function that runs a batch against a request context.
 * Excel.run in the add-in; a mock context in tests.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, looked up when called: the global only exists once Office has loaded. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
