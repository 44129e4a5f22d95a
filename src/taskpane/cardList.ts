import { tokens } from "@fluentui/react-components";

/** The vertical list of cards both pages show (templates, functions): one style, so they line up. */
export const cardListStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalM,
} as const;
