/**
 * Stand-in for the office-addin-manifest package under jest (mapped in jest.config.cjs).
 * office-addin-mock only needs its OfficeApp enum, but the real package pulls in @microsoft/app-manifest,
 * which requires the ESM-only strip-bom and so cannot load in jest's CommonJS runtime.
 * Values copied from office-addin-manifest's own OfficeApp enum (lib/officeApp.d.ts).
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
