/** Conditional-format colours, fill and font, the same on every sheet (Bootstrap's alert palette, readable in print). */
export const RED = { fill: "#F8D7DA", font: "#842029" } as const;
export const AMBER = { fill: "#FFF3CD", font: "#664D03" } as const;
export const GREEN = { fill: "#D1E7DD", font: "#0F5132" } as const;
/** Text kept out of sight: #N/A a chart needs as a gap, shown light on white. */
export const GREY = { fill: "#FFFFFF", font: "#D9D9D9" } as const;
