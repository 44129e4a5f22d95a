/** Title, tagline, the language choice, and why nothing can be written when the page is not in Excel. */
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { Lang } from "../templates";
import { LanguagePicker } from "./LanguagePicker";
import type { UiTexts } from "./texts";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface HeaderProps {
  readonly t: UiTexts;
  readonly lang: Lang;
  readonly onLanguage: Dispatch<Lang>;
  readonly inExcel: boolean;
  /** The language could not be kept in the workbook. */
  readonly languageProblem: string | null;
}

export function Header({ t, lang, onLanguage, inExcel, languageProblem }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1" block>
        {t.appTitle}
      </Title3>
      <Body1 as="p" block className={styles.muted}>
        {t.tagline}
      </Body1>
      <LanguagePicker lang={lang} label={t.languageLabel} onChange={onLanguage} />
      {languageProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{languageProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {inExcel ? null : (
        <MessageBar intent="info" layout="multiline" data-testid="not-in-excel">
          <MessageBarBody>
            <MessageBarTitle>{t.notInExcelTitle}</MessageBarTitle>
            {t.notInExcel}
          </MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
