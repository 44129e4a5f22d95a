/**
 * Messages added for values, grades and weights (English and 简体中文), kept apart from
 * messages.ts while the rule reader is rewritten there. messages.ts spreads them into its
 * catalogue like timeMessages.
 */
export const valueMessages = {
  numberTooLarge: {
    en: "The result is beyond the largest number Excel can hold.",
    zh: "结果超出了 Excel 能表示的最大数字。",
  },
  scoreNotOneCell: {
    en: "The score must be one cell, not a range of {count} cells.",
    zh: "得分应为一个单元格，而不是包含{count}个单元格的区域。",
  },
  scaleOverlap: {
    en: 'The grade levels "{a}" and "{b}" overlap; each score must fall in one level only.',
    zh: "等级“{a}”与“{b}”的分数范围重叠；每个得分只能属于一个等级。",
  },
  scaleGap: {
    en: 'The grade levels "{a}" and "{b}" leave scores between {from} and {to} without a grade.',
    zh: "等级“{a}”与“{b}”之间留有空档：{from}到{to}之间的得分没有等级。",
  },
  scaleTwoFallbacks: {
    en: 'The grade levels "{a}" and "{b}" both have no lower bound; keep one level for the scores below all the others.',
    zh: "等级“{a}”和“{b}”都没有下限；只能保留一个等级来接收低于其他所有等级的得分。",
  },
  scaleEmptyLevel: {
    en: 'The grade level "{clause}" holds no score: its lower bound is above its upper bound.',
    zh: "等级“{clause}”不包含任何得分：它的下限高于上限。",
  },
} as const;
