/** Messages of the business-time functions (SLA.DUE, SLA.ELAPSED): English and 简体中文. */
export const timeMessages = {} as const;
