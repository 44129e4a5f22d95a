import { tokens } from "@fluentui/react-components";

/** A vertical list without bullets, its items `gap` apart: cards, single sheets, findings. */
export const listStyle = (gap: string) =>
  ({
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: gap,
  }) as const;

/** The vertical list of cards the functions page shows. */
export const cardListStyle = listStyle(tokens.spacingVerticalM);
